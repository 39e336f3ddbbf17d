import { quotaStatusText } from "../messages";
import { formatCount, splitMessage } from "./split";
import { formatDateVi, type SurveyWindow } from "../window/window";
import type { CommuneProgress, DistrictProgress, MissingDays, ProgressReport } from "../progress/types";
import type { SurveyDayRef } from "./figures";
import { flaggedLines } from "./flagged";
import { figuresText, namesByDistrict, totalsLines } from "./lists";

/** "ngày 12/06/2024 (ngày 1/3)" */
export const dayTitle = (d: SurveyDayRef): string =>
  `ngày ${formatDateVi(d.date)} (ngày ${d.dayNumber}/${d.dayCount})`;

/** "• Thành phố Bắc Giang: 120 phiếu | 240 lượt | 12/16 xã đạt" for each district (none in a flat registry). */
function districtLines(districts: readonly DistrictProgress[]): string[] {
  if (districts.length === 0) return [];
  return [
    "",
    "Theo huyện (phiếu | lượt đến | xã đạt):",
    ...districts.map(
      (d) =>
        `• ${d.name}: ${formatCount(d.responses)} phiếu | ${formatCount(d.visits)} lượt | ${d.communesOk}/${d.communes} xã đạt`,
    ),
  ];
}

function noPhotoLines(communes: readonly CommuneProgress[], withPhoto: ReadonlySet<string>): string[] {
  const missing = communes.filter((c) => !withPhoto.has(c.code));
  if (missing.length === 0) return ["", "📷 Tất cả các xã đã gửi ảnh báo cáo."];
  return ["", `📷 Xã chưa gửi ảnh báo cáo (${missing.length}):`, ...namesByDistrict(missing)];
}

/** Evening: province totals, one line per district, flagged communes and communes with no photo. */
export function dailySummaryTexts(
  day: SurveyDayRef,
  progress: ProgressReport,
  withPhoto: ReadonlySet<string>,
): string[] {
  const photos = progress.communes.filter((c) => withPhoto.has(c.code)).length;
  return splitMessage([
    `📊 TỔNG HỢP ${dayTitle(day).toUpperCase()}`,
    ...totalsLines(progress.province, { days: 1, photos, label: "Toàn tỉnh" }),
    ...districtLines(progress.districts),
    ...flaggedLines(progress.communes, { days: 1 }),
    ...noPhotoLines(progress.communes, withPhoto),
  ]);
}

// The district's lagging communes, the most pressing first: too few, too many, no count, no photo only.
const URGENCY = { too_few: 0, too_many: 1, missing_visits: 2, ok: 3 } as const;

/** Evening, for one district's steering members: its totals and what each lagging commune still lacks. */
export function districtSummaryTexts(
  day: SurveyDayRef,
  district: DistrictProgress,
  communes: readonly CommuneProgress[],
  withPhoto: ReadonlySet<string>,
  review: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const photos = communes.filter((c) => withPhoto.has(c.code)).length;
  const lines = [
    `📌 Kính gửi Ban Chỉ đạo ${district.name}: tổng hợp ${dayTitle(day)}.`,
    ...totalsLines(district, { days: 1, photos }),
  ];
  const lagging = [...communes]
    .sort((a, b) => URGENCY[a.quota.status] - URGENCY[b.quota.status])
    .map((c) => {
      const numbers =
        c.quota.status === "missing_visits" ? `${formatCount(c.responses)} phiếu` : figuresText(c);
      const issues = c.quota.status === "ok" ? [] : [`${quotaStatusText(c.quota)} (${numbers})`];
      if (!withPhoto.has(c.code)) issues.push("chưa gửi ảnh báo cáo");
      return { c, issues };
    })
    .filter((x) => x.issues.length > 0);
  if (lagging.length === 0) lines.push("", "Tất cả các xã đều đạt và đã gửi ảnh báo cáo. Cảm ơn!");
  else
    lines.push(
      "",
      "Đề nghị đôn đốc:",
      ...lagging.map(({ c, issues }) => `• ${c.name}: ${issues.join("; ")}`),
    );
  const toReview = communes.filter((c) => (review.get(c.code) ?? []).length > 0);
  if (toReview.length > 0)
    lines.push(
      "",
      "Cần xem xét tính khách quan của phiếu (người dân có tự trả lời không):",
      ...toReview.map((c) => `• ${c.name}: ${review.get(c.code)!.join("; ")}`),
    );
  return splitMessage(lines);
}

/** After the last day: the whole window's turnout, and which days' counts are still missing. */
export function finalSummaryTexts(
  window: SurveyWindow,
  progress: ProgressReport,
  missingDays: MissingDays,
  surveyName: string,
): string[] {
  const days = progress.dates.length;
  return splitMessage([
    `🏁 KẾT QUẢ KHẢO SÁT ${surveyName.toLocaleUpperCase("vi")} (${formatDateVi(window.start)} – ${formatDateVi(window.end)})`,
    ...totalsLines(progress.province, { days, label: "Toàn tỉnh" }),
    ...districtLines(progress.districts),
    ...flaggedLines(progress.communes, { days, missingDays }),
    "",
    "Cảm ơn các tổ công tác và Ban Chỉ đạo các huyện đã phối hợp!",
  ]);
}
