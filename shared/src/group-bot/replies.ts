import type { ParentUnit } from "../campaigns/units";
import type { Commune, District } from "../communes/types";
import { DISTRICTS } from "../communes/registry";
import type { QuotaResult } from "../quota/quota";
import { foldVietnamese } from "../text";
import { formatDateVi, type SurveyWindow } from "../window/window";
import { dayMonth, quotaWithRange } from "./lists";
import { formatCount } from "./split";
import { REGISTER_USAGE } from "./registration-replies";

const windowSpan = (window: SurveyWindow) => `${formatDateVi(window.start)} – ${formatDateVi(window.end)}`;

/** /huongdan: what members can do in the group. */
export function helpText(window: SurveyWindow): string {
  return [
    "📖 Hướng dẫn dùng bot PKS02 trong nhóm:",
    "• /dangky <mã xã> <mã đăng ký>: thành viên tổ công tác đăng ký xã của mình (ví dụ: /dangky 07222 123456)",
    "• /dangky huyen <mã huyện> <mã đăng ký>: thành viên Ban Chỉ đạo huyện đăng ký (ví dụ: /dangky huyen 213 123456)",
    "  (mã đăng ký in trong danh sách mã QR gửi tổ trưởng tổ công tác)",
    "• /luotden <số>: báo số lượt công dân đến bộ phận một cửa hôm nay (ví dụ: /luotden 25)",
    `• /luotden <mã xã> <số> [dd/mm]: báo cho một xã, một ngày (ví dụ: /luotden 07222 25 ${dayMonth(window.start)})`,
    "• Gửi ảnh vào nhóm: tính là ảnh báo cáo trong ngày của xã đã đăng ký",
    "• /tiendo: xem tiến độ của xã hoặc huyện mình",
    "• /qcdc [mã xã] [dd/mm]: 5 số liệu trong ngày để nhập phần mềm QCDC (mặc định: xã mình, hôm nay)",
    "• /thanhvien, /xoa <mã thành viên>: Ban Chỉ đạo huyện xem và xóa thành viên tổ công tác",
    "• /huongdan: xem hướng dẫn này",
    `Thời gian khảo sát: ${windowSpan(window)}. Gõ lệnh có dấu hay không dấu đều được.`,
  ].join("\n");
}

export const QCDC_USAGE =
  "Cú pháp: /qcdc (xã mình, hôm nay), /qcdc <mã xã> hoặc /qcdc <mã xã> <dd/mm> (ví dụ: /qcdc 07222 12/06).";

/** A district group's answer to a message about another district. */
export function otherDistrictGroupText(group: { name: string }, other: { name: string }): string {
  return (
    `⛔ Nhóm này là nhóm của ${group.name}: không nhận đăng ký, báo cáo hay tra cứu của ${other.name}. ` +
    `Xin gửi trong nhóm của ${other.name}.`
  );
}

/** How /luotden is written, the example day inside the survey window. */
export function visitsUsage(window: SurveyWindow): string {
  return (
    "Cú pháp: /luotden <số> (ví dụ: /luotden 25), hoặc /luotden <mã xã> <số> [dd/mm] " +
    `(ví dụ: /luotden 07222 25 ${dayMonth(window.start)}).`
  );
}

export const NOT_REGISTERED =
  "Người gửi chưa đăng ký xã. Xin gõ /dangky <mã xã> (ví dụ: /dangky 07222) rồi gửi lại.";

export const DISTRICT_MEMBER_NEEDS_COMMUNE =
  "Thành viên Ban Chỉ đạo huyện báo lượt đến cho từng xã: /luotden <mã xã> <số>, ví dụ: /luotden 07222 25.";

export const PHOTO_NOT_REGISTERED =
  "📷 Ảnh chưa được tính là ảnh báo cáo vì người gửi chưa đăng ký xã. Xin gõ /dangky <mã xã> rồi gửi lại ảnh.";

export function photoOutsideWindowText(window: SurveyWindow): string {
  return `📷 Ảnh chưa được tính là ảnh báo cáo: hôm nay không nằm trong thời gian khảo sát (${windowSpan(window)}).`;
}

export const NOTHING_TO_SHOW_YET = "Chưa có số liệu: hôm nay chưa đến thời gian khảo sát.";

/** The registration's confirmation; says what it replaced when the member was registered elsewhere. */
export function registeredCommuneText(commune: Commune, previously?: string): string {
  const moved = previously && previously !== commune.name ? ` (chuyển từ ${previously})` : "";
  return (
    `✅ Đã đăng ký: thành viên tổ công tác ${commune.name}${commune.districtName ? ` (${commune.districtName})` : ""}, mã ${commune.code}${moved}. ` +
    "Báo lượt công dân đến bằng /luotden <số>; gửi ảnh báo cáo vào nhóm mỗi ngày."
  );
}

export function registeredDistrictText(
  district: ParentUnit,
  communeCount: number,
  previously?: string,
): string {
  const moved =
    previously && previously !== `Ban Chỉ đạo ${district.name}` ? `; chuyển từ ${previously}` : "";
  return (
    `✅ Đã đăng ký: thành viên Ban Chỉ đạo ${district.name} (${communeCount} xã, phường, thị trấn${moved}). ` +
    "Xem tiến độ bằng /tiendo."
  );
}

export function unknownCommuneText(code: string): string {
  return (
    `❓ Không có xã, phường, thị trấn nào mã ${code} ở Bắc Giang. Mã xã gồm 5 chữ số, ví dụ: /dangky 07222 (Xã Song Mai). ` +
    "Không nhớ mã? Gõ /dangky <tên xã>, ví dụ: /dangky song mai."
  );
}

const districtCodes = () => DISTRICTS.map((d) => `${d.code} ${d.name}`).join("; ");

export function unknownDistrictText(code: string): string {
  return `❓ Không có huyện mã ${code}. Mã các huyện, thị xã, thành phố: ${districtCodes()}.`;
}

/** /dangky huyen <tên> that matches no district, or several. */
export function districtNameText(query: string, matches: readonly District[]): string {
  if (matches.length === 0)
    return `❓ Không tìm thấy huyện nào tên "${query}". Mã các huyện, thị xã, thành phố: ${districtCodes()}.`;
  const shown = matches.map((d) => `• /dangky huyen ${d.code}: ${d.name}`);
  return [`Có ${matches.length} huyện tên có "${query}". Xin gõ mã huyện:`, ...shown].join("\n");
}

/** The answer to /dangky <tên>: the communes whose name matches, with their codes. */
export function communeSearchText(query: string, matches: readonly Commune[]): string {
  if (matches.length === 0) {
    const district = DISTRICTS.find((d) => foldVietnamese(d.name).endsWith(foldVietnamese(query)));
    const hint = district
      ? `${district.name} là đơn vị cấp huyện: thành viên Ban Chỉ đạo gõ /dangky huyen ${district.code}.`
      : REGISTER_USAGE;
    return `❓ Không tìm thấy xã nào tên "${query}". ${hint}`;
  }
  const shown = matches.slice(0, 6).map((c) => `• /dangky ${c.code}: ${c.name} (${c.districtName})`);
  const more =
    matches.length > shown.length
      ? [`… và ${matches.length - shown.length} đơn vị khác; xin gõ tên đầy đủ hơn.`]
      : [];
  return ["Đăng ký bằng mã xã. Có phải một trong các đơn vị sau?", ...shown, ...more].join("\n");
}

export function badVisitCountText(text: string, window: SurveyWindow): string {
  return `❓ "${text}" không phải số lượt hợp lệ: số lượt là số nguyên từ 0 đến 100.000. ${visitsUsage(window)}`;
}

export function badDateText(text: string, window: SurveyWindow): string {
  return `❓ Ngày "${text}" không hợp lệ. Xin ghi ngày dạng dd/mm, ví dụ: ${dayMonth(window.start)}.`;
}

export function dateOutsideWindowText(date: string | null, window: SurveyWindow): string {
  return date === null
    ? `❓ Hôm nay không nằm trong thời gian khảo sát (${windowSpan(window)}).`
    : `❓ Ngày ${formatDateVi(date)} không nằm trong thời gian khảo sát (${windowSpan(window)}).`;
}

export function notYourCommuneText(registered: Commune, asked: Commune): string {
  return `❓ Người gửi đã đăng ký ${registered.name}, nên không báo được cho ${asked.name}. Nếu đổi xã, xin gõ /dangky ${asked.code}.`;
}

export function notInDistrictText(district: ParentUnit, asked: Commune): string {
  return asked.districtName
    ? `❓ ${asked.name} thuộc ${asked.districtName}, không thuộc ${district.name}.`
    : `❓ ${asked.name} không thuộc ${district.name}.`;
}

export interface VisitsRecordedFacts {
  commune: Commune;
  date: string;
  visits: number;
  previousVisits: number | null;
  responses: number;
  quota: QuotaResult;
}

export function visitsRecordedText(f: VisitsRecordedFacts): string {
  const replaced =
    f.previousVisits !== null && f.previousVisits !== f.visits
      ? ` (thay cho ${formatCount(f.previousVisits)})`
      : "";
  return (
    `✅ ${f.commune.name}: đã ghi ${formatCount(f.visits)} lượt công dân đến ngày ${formatDateVi(f.date)}${replaced}. ` +
    `Phiếu đã nhận trong ngày: ${formatCount(f.responses)}, ${quotaWithRange(f.quota)}.`
  );
}

export function photoReceivedText(commune: Commune, date: string): string {
  return `📷 Đã nhận ảnh báo cáo của ${commune.name} ngày ${formatDateVi(date)}.`;
}

export function unknownCommandText(word: string): string {
  return word === ""
    ? "❓ Gõ lệnh liền sau dấu /, ví dụ: /luotden 25. Gõ /huongdan để xem các lệnh."
    : `❓ Bot không hiểu lệnh /${word}. Gõ /huongdan để xem các lệnh.`;
}

/** "luotden 25" without the slash: say how to write it rather than stay silent. */
export function missingSlashText(text: string): string {
  return `❓ Lệnh cần dấu / ở đầu, xin gõ lại: ${text}`;
}

export function futureDateText(date: string): string {
  return `❓ Ngày ${formatDateVi(date)} chưa đến nên chưa báo được lượt công dân đến.`;
}
