import type { Commune, District } from "../communes/types";
import { DISTRICTS } from "../communes/registry";
import { formatDateVi, type SurveyWindow } from "../window/window";
import { formatCount } from "./split";

/** /huongdan: what members can do in the group. */
export function helpText(window: SurveyWindow): string {
  return [
    "📖 Hướng dẫn dùng bot PKS02 trong nhóm:",
    "• /dangky <mã xã>: thành viên tổ công tác đăng ký xã của mình (ví dụ: /dangky 07222)",
    "• /dangky huyen <mã huyện>: thành viên Ban Chỉ đạo huyện đăng ký (ví dụ: /dangky huyen 213)",
    "• /luotden <số>: báo số lượt công dân đến bộ phận một cửa hôm nay (ví dụ: /luotden 25)",
    "• /luotden <mã xã> <số> [dd/mm]: báo cho một xã, một ngày (ví dụ: /luotden 07222 25 12/06)",
    "• Gửi ảnh vào nhóm: tính là ảnh báo cáo trong ngày của xã đã đăng ký",
    "• /tiendo: xem tiến độ của xã hoặc huyện mình",
    "• /huongdan: xem hướng dẫn này",
    `Thời gian khảo sát: ${formatDateVi(window.start)} – ${formatDateVi(window.end)}. Gõ lệnh có dấu hay không dấu đều được.`,
  ].join("\n");
}

export const REGISTER_USAGE =
  "Cú pháp: /dangky <mã xã> (ví dụ: /dangky 07222) hoặc /dangky huyen <mã huyện> (ví dụ: /dangky huyen 213).";

export const VISITS_USAGE =
  "Cú pháp: /luotden <số> (ví dụ: /luotden 25), hoặc /luotden <mã xã> <số> [dd/mm] (ví dụ: /luotden 07222 25 12/06).";

export const NOT_REGISTERED =
  "Người gửi chưa đăng ký xã. Xin gõ /dangky <mã xã> (ví dụ: /dangky 07222) rồi gửi lại.";

export const DISTRICT_MEMBER_NEEDS_COMMUNE =
  "Thành viên Ban Chỉ đạo huyện báo lượt đến cho từng xã: /luotden <mã xã> <số>, ví dụ: /luotden 07222 25.";

export const PHOTO_NOT_REGISTERED =
  "📷 Ảnh chưa được tính là ảnh báo cáo vì người gửi chưa đăng ký xã. Xin gõ /dangky <mã xã> rồi gửi lại ảnh.";

export const NOTHING_TO_SHOW_YET = "Chưa có số liệu: hôm nay chưa đến thời gian khảo sát.";

export function registeredCommuneText(commune: Commune): string {
  return (
    `✅ Đã đăng ký: thành viên tổ công tác ${commune.name} (${commune.districtName}), mã ${commune.code}. ` +
    "Báo lượt công dân đến bằng /luotden <số>; gửi ảnh báo cáo vào nhóm mỗi ngày."
  );
}

export function registeredDistrictText(district: District, communeCount: number): string {
  return `✅ Đã đăng ký: thành viên Ban Chỉ đạo ${district.name} (${communeCount} xã, phường, thị trấn). Xem tiến độ bằng /tiendo.`;
}

export function unknownCommuneText(code: string): string {
  return (
    `❓ Không có xã, phường, thị trấn nào mã ${code} ở Bắc Giang. Mã xã gồm 5 chữ số, ví dụ: /dangky 07222 (Xã Song Mai). ` +
    "Không nhớ mã? Gõ /dangky <tên xã>, ví dụ: /dangky song mai."
  );
}

export function unknownDistrictText(code: string): string {
  const codes = DISTRICTS.map((d) => `${d.code} ${d.name}`).join("; ");
  return `❓ Không có huyện mã ${code}. Mã các huyện, thị xã, thành phố: ${codes}.`;
}

/** The answer to /dangky <tên>: the communes whose name matches, with their codes. */
export function communeSearchText(query: string, matches: readonly Commune[]): string {
  if (matches.length === 0) return `❓ Không tìm thấy xã nào tên "${query}". ${REGISTER_USAGE}`;
  const shown = matches.slice(0, 6).map((c) => `• /dangky ${c.code}: ${c.name} (${c.districtName})`);
  const more =
    matches.length > shown.length
      ? [`… và ${matches.length - shown.length} đơn vị khác; xin gõ tên đầy đủ hơn.`]
      : [];
  return ["Đăng ký bằng mã xã. Có phải một trong các đơn vị sau?", ...shown, ...more].join("\n");
}

export function badVisitCountText(text: string): string {
  return `❓ "${text}" không phải số lượt hợp lệ: số lượt là số nguyên từ 0 đến 100.000. ${VISITS_USAGE}`;
}

export function badDateText(text: string): string {
  return `❓ Ngày "${text}" không hợp lệ. Xin ghi ngày dạng dd/mm, ví dụ: 12/06.`;
}

export function dateOutsideWindowText(date: string | null, window: SurveyWindow): string {
  const span = `${formatDateVi(window.start)} – ${formatDateVi(window.end)}`;
  return date === null
    ? `❓ Hôm nay không nằm trong thời gian khảo sát (${span}).`
    : `❓ Ngày ${formatDateVi(date)} không nằm trong thời gian khảo sát (${span}).`;
}

export function notYourCommuneText(registered: Commune, asked: Commune): string {
  return `❓ Người gửi đã đăng ký ${registered.name}, nên không báo được cho ${asked.name}. Nếu đổi xã, xin gõ /dangky ${asked.code}.`;
}

export function notInDistrictText(district: District, asked: Commune): string {
  return `❓ ${asked.name} thuộc ${asked.districtName}, không thuộc ${district.name}.`;
}

export interface VisitsRecordedFacts {
  commune: Commune;
  date: string;
  visits: number;
  previousVisits: number | null;
  responses: number;
  quotaText: string;
}

export function visitsRecordedText(f: VisitsRecordedFacts): string {
  const replaced =
    f.previousVisits !== null && f.previousVisits !== f.visits
      ? ` (thay cho ${formatCount(f.previousVisits)})`
      : "";
  return (
    `✅ ${f.commune.name}: đã ghi ${formatCount(f.visits)} lượt công dân đến ngày ${formatDateVi(f.date)}${replaced}. ` +
    `Phiếu đã nhận trong ngày: ${formatCount(f.responses)}, ${f.quotaText}.`
  );
}

export function photoReceivedText(commune: Commune, date: string): string {
  return `📷 Đã nhận ảnh báo cáo của ${commune.name} ngày ${formatDateVi(date)}.`;
}

export function unknownCommandText(word: string): string {
  return `❓ Bot không hiểu lệnh /${word}. Gõ /huongdan để xem các lệnh.`;
}

export function futureDateText(date: string): string {
  return `❓ Ngày ${formatDateVi(date)} chưa đến nên chưa báo được lượt công dân đến.`;
}
