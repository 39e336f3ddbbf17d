import { formatDateVi } from "../window/window";
import { formatCount, splitMessage } from "./split";
import type { CommuneProgress, DistrictProgress, MissingDays } from "../progress/types";
import { flaggedLines } from "./flagged";
import { datesVi, dayMonth, figuresText, quotaWithRange, totalsLines } from "./lists";

function span(dates: readonly string[]): string {
  const first = dates[0] ?? "";
  const last = dates[dates.length - 1] ?? "";
  return first === last ? formatDateVi(first) : `${formatDateVi(first)} – ${formatDateVi(last)}`;
}

export interface TodayFigures {
  date: string;
  commune: CommuneProgress;
  hasPhoto: boolean;
}

function todayLines(today: TodayFigures): string[] {
  const c = today.commune;
  const figures =
    c.visits === null
      ? `${formatCount(c.responses)} phiếu; chưa báo lượt công dân đến (/luotden <số>)`
      : `${figuresText(c)} → ${quotaWithRange(c.quota)}`;
  return [
    `• Hôm nay ${formatDateVi(today.date)}: ${figures}`,
    `• Ảnh báo cáo hôm nay: ${today.hasPhoto ? "đã gửi" : "chưa gửi (chụp bộ phận một cửa có mã QR, gửi vào nhóm)"}`,
  ];
}

/**
 * /tiendo for a commune task-team member: today first (figures, quota, photo), then the days so far and
 * the days whose visitor count is still missing, with the command that fills them in.
 */
export function communeProgressText(
  soFar: CommuneProgress,
  dates: readonly string[],
  today: TodayFigures | null,
  missingDays: readonly string[],
): string {
  const lines = [`📈 Tiến độ ${soFar.name}:`];
  if (today) lines.push(...todayLines(today));
  const onlyToday = today !== null && dates.length === 1 && dates[0] === today.date;
  if (!onlyToday) {
    const judged = soFar.visits === null ? "" : ` → ${quotaWithRange(soFar.quota)}`;
    lines.push(
      `• Cả đợt (${span(dates)}): ${formatCount(soFar.responses)} phiếu / ${formatCount(soFar.visitsReported)} lượt ` +
        `(đã báo lượt đến ${soFar.daysReported}/${dates.length} ngày)${judged}`,
    );
  }
  const earlier = missingDays.filter((d) => d !== today?.date);
  if (earlier.length > 0) {
    lines.push(
      `• Chưa báo lượt công dân đến ngày ${datesVi(earlier)}: báo bổ sung bằng /luotden <số> ${dayMonth(earlier[0]!)}`,
    );
  }
  return lines.join("\n");
}

export interface DistrictToday {
  date: string;
  visitsReported: number;
  photos: number;
}

/** /tiendo for a district steering member: the district's totals, today's reports, its flagged communes. */
export function districtProgressTexts(
  district: DistrictProgress,
  communes: readonly CommuneProgress[],
  dates: readonly string[],
  today: DistrictToday | null,
  missingDays: MissingDays,
): string[] {
  const lines = [
    `📈 Tiến độ ${district.name} (${span(dates)}):`,
    ...totalsLines(district, { days: dates.length }),
  ];
  if (today) {
    lines.push(
      `Hôm nay ${formatDateVi(today.date)}: ${today.visitsReported}/${district.communes} xã đã báo lượt đến, ` +
        `${today.photos}/${district.communes} xã đã gửi ảnh báo cáo.`,
    );
  }
  const flagged = flaggedLines(communes, { days: dates.length, singleDistrict: true, missingDays });
  return splitMessage([...lines, ...(flagged.length > 0 ? flagged : ["", "Tất cả các xã đều đạt."])]);
}
