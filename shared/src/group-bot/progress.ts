import { quotaStatusText } from "../messages";
import { formatDateVi } from "../window/window";
import { formatCount, splitMessage } from "./split";
import type { CommuneFigures, DistrictFigures } from "./figures";
import { flaggedLines, totalsLine } from "./summaries";

function span(dates: readonly string[]): string {
  const first = dates[0] ?? "";
  const last = dates[dates.length - 1] ?? "";
  return first === last ? formatDateVi(first) : `${formatDateVi(first)} – ${formatDateVi(last)}`;
}

export interface TodayFigures {
  date: string;
  commune: CommuneFigures;
  hasPhoto: boolean;
}

/** /tiendo for a commune task-team member: the days so far, and today. */
export function communeProgressText(
  soFar: CommuneFigures,
  dates: readonly string[],
  today: TodayFigures | null,
): string {
  const lines = [
    `📈 Tiến độ ${soFar.name} (${span(dates)}):`,
    `• ${formatCount(soFar.responses)} phiếu; ${formatCount(soFar.visitsReported)} lượt công dân đến đã báo (${soFar.daysReported}/${dates.length} ngày)`,
    `• Đánh giá: ${quotaStatusText(soFar.quota)}`,
  ];
  if (today) {
    const visits = today.commune.visits === null ? "chưa báo" : formatCount(today.commune.visits);
    lines.push(
      `• Hôm nay ${formatDateVi(today.date)}: ${formatCount(today.commune.responses)} phiếu, lượt đến: ${visits}, ` +
        `ảnh báo cáo: ${today.hasPhoto ? "đã gửi" : "chưa gửi"}`,
    );
  }
  return lines.join("\n");
}

/** /tiendo for a district steering member: the district's totals and its flagged communes. */
export function districtProgressTexts(
  district: DistrictFigures,
  communes: readonly CommuneFigures[],
  dates: readonly string[],
): string[] {
  const flagged = flaggedLines(communes);
  return splitMessage([
    `📈 Tiến độ ${district.name} (${span(dates)}):`,
    `${totalsLine(district)}.`,
    ...(flagged.length > 0 ? flagged : ["", "Tất cả các xã đều đạt."]),
  ]);
}
