import { formatCount } from "./split";
import type { CommuneProgress, MissingDays } from "../progress/types";
import { formatDateVi } from "../window/window";
import { dayMonth, figuresText, groupByDistrict, namesByDistrict } from "./lists";

export interface FlaggedOptions {
  /** How many survey days the figures cover ("chưa báo đủ" over several days). */
  days: number;
  /** One district's view: no district headings. */
  singleDistrict?: boolean;
  /** Which days each missing-visits commune lacks; named in the list, with how to report them late. */
  missingDays?: MissingDays;
}

/** "6 phiếu / 20 lượt → cần thêm 4 phiếu" or "56 phiếu / 34 lượt → vượt 5 phiếu". */
function quotaDetail(c: CommuneProgress): string {
  const gap = c.quota.status === "too_few" ? `cần thêm ${c.quota.missing}` : `vượt ${c.quota.excess}`;
  return `${figuresText(c)} → ${gap} phiếu`;
}

function quotaSection(title: string, communes: readonly CommuneProgress[], single: boolean): string[] {
  if (communes.length === 0) return [];
  const line = (c: CommuneProgress) => `• ${c.name}: ${quotaDetail(c)}`;
  if (single) return ["", `${title} (${communes.length}):`, ...communes.map(line)];
  const lines = ["", `${title} (${communes.length}):`];
  for (const g of groupByDistrict(communes))
    lines.push(...(g.name ? [`${g.name}:`] : []), ...g.items.map(line));
  return lines;
}

/** Over several days: the communes missing each day's count, day by day (a commune may lack several). */
function byMissingDay(communes: readonly CommuneProgress[], days: MissingDays, single: boolean): string[] {
  const dates = [...new Set(communes.flatMap((c) => days.get(c.code) ?? []))].sort();
  const lines: string[] = [];
  for (const date of dates) {
    const lacking = communes.filter((c) => days.get(c.code)?.includes(date));
    if (single)
      lines.push(
        `• Ngày ${formatDateVi(date)} (${lacking.length}): ${lacking.map((c) => c.name).join(", ")}`,
      );
    else lines.push(`Ngày ${formatDateVi(date)} (${lacking.length} xã):`, ...namesByDistrict(lacking));
  }
  const example = communes.find((c) => (days.get(c.code)?.length ?? 0) > 0);
  const exampleDay = example && days.get(example.code)?.[0];
  if (example && exampleDay) {
    lines.push(
      `Báo bổ sung: /luotden <mã xã> <số> <dd/mm>, ví dụ: /luotden ${example.code} 25 ${dayMonth(exampleDay)}.`,
    );
  }
  return lines;
}

function missingSection(communes: readonly CommuneProgress[], options: FlaggedOptions): string[] {
  if (communes.length === 0) return [];
  const single = options.singleDistrict ?? false;
  if (options.days > 1 && options.missingDays) {
    return [
      "",
      `❔ Xã chưa báo đủ lượt công dân đến (${communes.length}), theo ngày còn thiếu:`,
      ...byMissingDay(communes, options.missingDays, single),
    ];
  }
  const label = (c: CommuneProgress) => `${c.name} (${formatCount(c.responses)} phiếu)`;
  const enough = options.days > 1 ? " đủ" : "";
  return [
    "",
    `❔ Xã chưa báo${enough} lượt công dân đến (${communes.length}):`,
    ...(single ? communes.map((c) => `• ${label(c)}`) : namesByDistrict(communes, label)),
  ];
}

/** The flagged communes: too few and too many one per line with their numbers; missing visits by district. */
export function flaggedLines(communes: readonly CommuneProgress[], options: FlaggedOptions): string[] {
  const single = options.singleDistrict ?? false;
  return [
    ...quotaSection(
      "🔻 Xã thiếu phiếu",
      communes.filter((c) => c.quota.status === "too_few"),
      single,
    ),
    ...quotaSection(
      "🔺 Xã vượt phiếu",
      communes.filter((c) => c.quota.status === "too_many"),
      single,
    ),
    ...missingSection(
      communes.filter((c) => c.quota.status === "missing_visits"),
      options,
    ),
  ];
}
