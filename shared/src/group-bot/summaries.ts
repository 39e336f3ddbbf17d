import { quotaStatusText } from "../messages";
import { formatCount, splitMessage } from "./split";
import { formatDateVi, type SurveyWindow } from "../window/window";
import type {
  CommuneFigures,
  DistrictFigures,
  ProgressFigures,
  SurveyDayRef,
  TotalsFigures,
} from "./figures";

/** "ngày 12/06/2024 (ngày 1/3)" */
export const dayTitle = (d: SurveyDayRef): string =>
  `ngày ${formatDateVi(d.date)} (ngày ${d.dayNumber}/${d.dayCount})`;

function groupByDistrict<T extends { districtCode: string; districtName: string }>(items: readonly T[]) {
  const groups = new Map<string, { name: string; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.districtCode) ?? { name: item.districtName, items: [] };
    group.items.push(item);
    groups.set(item.districtCode, group);
  }
  return [...groups.values()];
}

/** "• Thành phố Bắc Giang: 120 phiếu | 240 lượt | 12/16 xã đạt" for each district. */
function districtLines(districts: readonly DistrictFigures[]): string[] {
  return districts.map(
    (d) =>
      `• ${d.name}: ${formatCount(d.responses)} phiếu | ${formatCount(d.visits)} lượt | ${d.communesOk}/${d.communes} xã đạt`,
  );
}

/** Responses, visits and communes per quota status, in one line. */
export function totalsLine(t: TotalsFigures): string {
  return (
    `${formatCount(t.responses)} phiếu, ${formatCount(t.visits)} lượt công dân đến; ${t.communesOk}/${t.communes} xã đạt, ` +
    `${t.communesTooFew} xã thiếu phiếu, ${t.communesTooMany} xã vượt, ${t.communesMissingVisits} xã chưa báo đủ lượt đến`
  );
}

const figures = (c: CommuneFigures) =>
  `${formatCount(c.responses)} phiếu / ${c.visits === null ? "?" : formatCount(c.visits)} lượt`;

/** The flagged communes: too few and too many one per line with their numbers; missing visits by district. */
export function flaggedLines(communes: readonly CommuneFigures[]): string[] {
  const tooFew = communes.filter((c) => c.quota.status === "too_few");
  const tooMany = communes.filter((c) => c.quota.status === "too_many");
  const missing = communes.filter((c) => c.quota.status === "missing_visits");
  const line = (c: CommuneFigures) =>
    `• ${c.name} (${c.districtName}): ${figures(c)}, ${quotaStatusText(c.quota)}`;
  const lines: string[] = [];
  if (tooFew.length > 0) lines.push("", `🔻 Xã thiếu phiếu (${tooFew.length}):`, ...tooFew.map(line));
  if (tooMany.length > 0) lines.push("", `🔺 Xã vượt phiếu (${tooMany.length}):`, ...tooMany.map(line));
  if (missing.length > 0) {
    lines.push("", `❔ Xã chưa báo lượt công dân đến (${missing.length}):`);
    for (const g of groupByDistrict(missing)) {
      lines.push(
        `• ${g.name}: ${g.items.map((c) => `${c.name} (${formatCount(c.responses)} phiếu)`).join(", ")}`,
      );
    }
  }
  return lines;
}

function noPhotoLines(communes: readonly CommuneFigures[], withPhoto: ReadonlySet<string>): string[] {
  const missing = communes.filter((c) => !withPhoto.has(c.code));
  if (missing.length === 0) return ["", "📷 Tất cả các xã đã gửi ảnh báo cáo."];
  const lines = ["", `📷 Xã chưa gửi ảnh báo cáo (${missing.length}):`];
  for (const g of groupByDistrict(missing))
    lines.push(`• ${g.name}: ${g.items.map((c) => c.name).join(", ")}`);
  return lines;
}

/** Morning of a survey day: the day's work and the photo-report prompt. */
export function morningReminderText(
  day: SurveyDayRef,
  times: { afternoon: string; evening: string },
): string {
  return [
    `☀️ Chào buổi sáng! Hôm nay là ${dayTitle(day)} khảo sát phiếu PKS 02${day.dayNumber === day.dayCount ? ", ngày cuối" : ""}.`,
    "Việc trong ngày của tổ công tác các xã, phường, thị trấn:",
    "1. Đặt mã QR khảo sát tại bộ phận một cửa; mời công dân đến làm thủ tục quét mã và trả lời phiếu trên Zalo (ẩn danh).",
    "2. 📷 Chụp ảnh bộ phận một cửa có mã QR và gửi vào nhóm này: đó là ảnh báo cáo trong ngày của xã.",
    "3. Cuối ngày báo số lượt công dân đến: /luotden <số>.",
    `Lúc ${times.afternoon} bot nhắc các xã còn thiếu; lúc ${times.evening} bot gửi tổng hợp. Hướng dẫn: /huongdan.`,
  ].join("\n");
}

export interface PendingCommune {
  name: string;
  districtCode: string;
  districtName: string;
  missingVisits: boolean;
  missingPhoto: boolean;
}

/** Early afternoon: communes with no visitor count or no photo yet, grouped by district. */
export function afternoonCheckTexts(
  day: SurveyDayRef,
  pending: readonly PendingCommune[],
  communeCount: number,
): string[] {
  if (pending.length === 0) {
    return [
      `✅ Kiểm tra ${dayTitle(day)}: cả ${communeCount} xã đã báo lượt công dân đến và gửi ảnh báo cáo. Cảm ơn!`,
    ];
  }
  const lines = [
    `⏰ Kiểm tra ${dayTitle(day)}: ${pending.length} xã chưa báo lượt công dân đến hoặc chưa gửi ảnh báo cáo.`,
  ];
  for (const g of groupByDistrict(pending)) {
    lines.push("", `${g.name} (${g.items.length}):`);
    for (const c of g.items) {
      const what = [c.missingVisits ? "chưa báo lượt đến" : "", c.missingPhoto ? "chưa gửi ảnh" : ""].filter(
        Boolean,
      );
      lines.push(`• ${c.name}: ${what.join(", ")}`);
    }
  }
  lines.push("", "Báo lượt đến: /luotden <số>. Ảnh báo cáo: gửi ảnh vào nhóm (sau khi /dangky <mã xã>).");
  return splitMessage(lines);
}

/** Evening: province totals, one line per district, flagged communes and communes with no photo. */
export function dailySummaryTexts(
  day: SurveyDayRef,
  progress: ProgressFigures,
  withPhoto: ReadonlySet<string>,
): string[] {
  const photos = progress.communes.filter((c) => withPhoto.has(c.code)).length;
  return splitMessage([
    `📊 TỔNG HỢP ${dayTitle(day).toUpperCase()}`,
    `Toàn tỉnh: ${totalsLine(progress.province)}; ${photos}/${progress.communes.length} xã đã gửi ảnh báo cáo.`,
    "",
    "Theo huyện (phiếu | lượt đến | xã đạt):",
    ...districtLines(progress.districts),
    ...flaggedLines(progress.communes),
    ...noPhotoLines(progress.communes, withPhoto),
  ]);
}

/** Evening, for one district's steering members: its totals and what each lagging commune still lacks. */
export function districtSummaryTexts(
  day: SurveyDayRef,
  district: DistrictFigures,
  communes: readonly CommuneFigures[],
  withPhoto: ReadonlySet<string>,
): string[] {
  const photos = communes.filter((c) => withPhoto.has(c.code)).length;
  const lines = [
    `📌 Kính gửi Ban Chỉ đạo ${district.name}: tổng hợp ${dayTitle(day)}.`,
    `${totalsLine(district)}; ${photos}/${communes.length} xã đã gửi ảnh báo cáo.`,
  ];
  const lagging = communes
    .map((c) => {
      const numbers = c.quota.status === "missing_visits" ? `${formatCount(c.responses)} phiếu` : figures(c);
      const issues = c.quota.status === "ok" ? [] : [`${quotaStatusText(c.quota)} (${numbers})`];
      if (!withPhoto.has(c.code)) issues.push("chưa gửi ảnh báo cáo");
      return { c, issues };
    })
    .filter((x) => x.issues.length > 0);
  if (lagging.length === 0) lines.push("Tất cả các xã đều đạt và đã gửi ảnh báo cáo. Cảm ơn!");
  else lines.push("Đề nghị đôn đốc:", ...lagging.map(({ c, issues }) => `• ${c.name}: ${issues.join("; ")}`));
  return splitMessage(lines);
}

/** After the last day: the whole window's turnout. */
export function finalSummaryTexts(window: SurveyWindow, progress: ProgressFigures): string[] {
  return splitMessage([
    `🏁 KẾT QUẢ KHẢO SÁT PKS 02 (${formatDateVi(window.start)} – ${formatDateVi(window.end)})`,
    `Toàn tỉnh: ${totalsLine(progress.province)}.`,
    "",
    "Theo huyện (phiếu | lượt đến | xã đạt):",
    ...districtLines(progress.districts),
    ...flaggedLines(progress.communes),
    "",
    "Cảm ơn các tổ công tác và Ban Chỉ đạo các huyện đã phối hợp!",
  ]);
}
