import { DISTRICTS, communesOfDistrict } from "../communes/registry";
import { formatDateVi } from "../window/window";
import { formatCount } from "./split";
import type { QuotaResult } from "../quota/quota";
import type { CommuneProgress, ProgressTotals } from "../progress/types";

interface InDistrict {
  code?: string;
  /** Null in a registry without districts: such items form one group without a name. */
  districtCode: string | null;
  districtName: string | null;
}

interface DistrictGroup<T> {
  code: string | null;
  name: string | null;
  items: T[];
}

const districtOrder = new Map(DISTRICTS.map((d, i) => [d.code, i]));

/**
 * Items grouped by district, districts in the registry's order (commune codes do not follow it); items
 * without a district (a flat registry) come as one group whose code and name are null.
 */
export function groupByDistrict<T extends InDistrict>(items: readonly T[]): DistrictGroup<T>[] {
  const groups = new Map<string | null, DistrictGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.districtCode) ?? {
      code: item.districtCode,
      name: item.districtName ?? item.districtCode,
      items: [],
    };
    group.items.push(item);
    groups.set(item.districtCode, group);
  }
  const order = (code: string | null) => (code === null ? -1 : (districtOrder.get(code) ?? 99));
  return [...groups.values()].sort((a, b) => order(a.code) - order(b.code));
}

/**
 * One line per district: "• Huyện Yên Thế (3): Xã A, Xã B, Xã C", or "• Huyện Yên Thế: cả 19 xã" when
 * every commune of the district is in the list (the first day's lists would otherwise name all 209).
 */
export function namesByDistrict<T extends InDistrict & { name: string }>(
  items: readonly T[],
  label: (item: T) => string = (item) => item.name,
): string[] {
  return groupByDistrict(items).map((g) => {
    if (g.code === null) return `• ${g.items.map(label).join(", ")}`;
    const size = communesOfDistrict(g.code).length;
    if (size > 1 && g.items.length === size) return `• ${g.name}: cả ${size} xã`;
    return `• ${g.name} (${g.items.length}): ${g.items.map(label).join(", ")}`;
  });
}

/** "12/06": how a day is written in a command (/luotden 07222 25 12/06). */
export const dayMonth = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

/** "12/06/2024, 13/06/2024" */
export const datesVi = (dates: readonly string[]): string => dates.map(formatDateVi).join(", ");

/** "6 phiếu / 20 lượt" (a commune's figures; "?" for visits not reported). */
export const figuresText = (c: CommuneProgress): string =>
  `${formatCount(c.responses)} phiếu / ${c.visits === null ? "?" : formatCount(c.visits)} lượt`;

/** The first lines of a summary: responses and visits, then communes per quota status, one per line. */
export function totalsLines(
  t: ProgressTotals,
  options: { days: number; photos?: number; label?: string },
): string[] {
  const reported = t.communes - t.communesMissingVisits;
  const enough = options.days > 1 ? ` đủ ${options.days} ngày` : "";
  const label = options.label ? `${options.label}: ` : "";
  const lines = [
    `${label}${formatCount(t.responses)} phiếu; ${formatCount(t.visits)} lượt công dân đến ` +
      `(${reported}/${t.communes} xã đã báo${enough}).`,
    `✅ Đạt: ${t.communesOk}/${t.communes} xã`,
    `🔻 Thiếu phiếu: ${t.communesTooFew} xã`,
    `🔺 Vượt phiếu: ${t.communesTooMany} xã`,
    `❔ Chưa báo${options.days > 1 ? " đủ" : ""} lượt công dân đến: ${t.communesMissingVisits} xã`,
  ];
  if (options.photos !== undefined) lines.push(`📷 Đã gửi ảnh báo cáo: ${options.photos}/${t.communes} xã`);
  if (t.unverifiedResponses > 0)
    lines.push(
      `⚠️ Trong đó ${formatCount(t.unverifiedResponses)} phiếu chỉ có mã thiết bị, chưa xác minh qua Zalo (ALLOW_DEVICE_IDS).`,
    );
  return lines;
}

/** "đạt (mức phù hợp: 10–30 phiếu)", "cần thêm 4 phiếu (mức phù hợp: …)"; no range while visits are missing. */
export function quotaWithRange(quota: QuotaResult): string {
  const range =
    quota.lowerBound !== null && quota.upperBound !== null
      ? ` (mức phù hợp: ${formatCount(quota.lowerBound)}–${formatCount(quota.upperBound)} phiếu)`
      : "";
  switch (quota.status) {
    case "ok":
      return `đạt${range}`;
    case "too_few":
      return `cần thêm ${formatCount(quota.missing)} phiếu${range}`;
    case "too_many":
      return `vượt ${formatCount(quota.excess)} phiếu${range}`;
    case "missing_visits":
      return "chưa báo lượt công dân đến";
    default: {
      const unreachable: never = quota.status;
      return unreachable;
    }
  }
}
