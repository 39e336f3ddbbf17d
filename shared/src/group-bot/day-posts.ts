import { splitMessage } from "./split";
import type { SurveyDayRef } from "./figures";
import { namesByDistrict } from "./lists";
import { dayTitle } from "./summaries";

/** Morning of a survey day: the day's work and the photo-report prompt; `surveyName` is the round's ("PKS 02"). */
export function morningReminderText(
  day: SurveyDayRef,
  times: { morning: string; afternoon: string; evening: string },
  surveyName: string,
): string {
  const last = day.dayNumber === day.dayCount;
  return [
    `☀️ Chào buổi sáng! Hôm nay là ${dayTitle(day)} khảo sát phiếu ${surveyName}${last ? ", ngày cuối" : ""}.`,
    "Việc trong ngày của tổ công tác các xã, phường, thị trấn:",
    "1. Đặt mã QR khảo sát tại bộ phận một cửa; mời công dân đến làm thủ tục quét mã và trả lời phiếu trên Zalo (ẩn danh).",
    "2. 📷 Chụp ảnh bộ phận một cửa có mã QR và gửi vào nhóm này: đó là ảnh báo cáo trong ngày của xã.",
    `3. Báo số lượt công dân đến bằng /luotden <số>: báo số buổi sáng trước ${times.afternoon}, cuối giờ làm việc báo lại số cả ngày (số mới thay số cũ).`,
    `Lúc ${times.afternoon} bot nhắc các xã còn thiếu; lúc ${times.evening} bot gửi tổng hợp. Hướng dẫn: /huongdan.`,
    ...(last
      ? [`Phiếu trả lời đến hết hôm nay đều được tính; lúc ${times.morning} ngày mai bot gửi kết quả cả đợt.`]
      : []),
  ].join("\n");
}

export interface PendingCommune {
  code: string;
  name: string;
  districtCode: string | null;
  districtName: string | null;
  missingVisits: boolean;
  missingPhoto: boolean;
}

/** Early afternoon: communes with no visitor count or no photo yet, each list grouped by district. */
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
  const noVisits = pending.filter((c) => c.missingVisits);
  const noPhoto = pending.filter((c) => c.missingPhoto);
  const lines = [`⏰ Kiểm tra ${dayTitle(day)}: ${pending.length}/${communeCount} xã còn thiếu báo cáo.`];
  if (noVisits.length > 0)
    lines.push("", `❔ Chưa báo lượt công dân đến (${noVisits.length} xã):`, ...namesByDistrict(noVisits));
  if (noPhoto.length > 0)
    lines.push("", `📷 Chưa gửi ảnh báo cáo (${noPhoto.length} xã):`, ...namesByDistrict(noPhoto));
  lines.push(
    "",
    "Báo lượt đến: /luotden <số>. Ảnh báo cáo: chụp bộ phận một cửa có mã QR rồi gửi vào nhóm (sau khi /dangky <mã xã>).",
  );
  return splitMessage(lines);
}
