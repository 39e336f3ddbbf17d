import type { ParentUnit } from "../campaigns/units";
import type { Commune } from "../communes/types";
import { formatDateVi, localDateOf, localTimeOf } from "../window/window";

// What the bot says about registering and members. Registration needs the unit's registration code, which
// the task-team leader receives with the QR kit's list (never on the posters).

export const REGISTER_USAGE =
  "Cú pháp: /dangky <mã xã> <mã đăng ký> (ví dụ: /dangky 07222 123456) hoặc " +
  "/dangky huyen <mã huyện> <mã đăng ký> (ví dụ: /dangky huyen 213 123456). " +
  "Mã đăng ký in trong danh sách mã QR gửi tổ trưởng tổ công tác.";

/** The unit is right but the registration code is missing. */
export function codeNeededText(unit: string, example: string): string {
  return `❓ Đăng ký ${unit} cần mã đăng ký: ${example} <mã đăng ký>. Mã đăng ký in trong danh sách mã QR gửi tổ trưởng tổ công tác.`;
}

/** The registration code does not match the unit (nothing changed). */
export function wrongCodeText(unit: string, attemptsLeft: number): string {
  const left = attemptsLeft > 0 ? ` Còn ${attemptsLeft} lần thử trong giờ này.` : "";
  return `❌ Mã đăng ký không đúng với ${unit}; chưa đăng ký.${left} Xin kiểm tra lại danh sách mã QR.`;
}

export const TOO_MANY_WRONG_CODES =
  "❌ Đã nhập sai mã đăng ký quá nhiều lần. Xin thử lại sau một giờ, hoặc liên hệ Ban Chỉ đạo huyện.";

/** How a member is named in lists: a short, stable part of their key (no name or Zalo id is kept). */
export const memberTag = (memberKey: string): string => memberKey.slice(0, 6);

/** "(mã thành viên a1b2c3)": said on registering, so a member can be told apart in /thanhvien. */
export const memberTagText = (memberKey: string): string => ` Mã thành viên: ${memberTag(memberKey)}.`;

export interface ListedMember {
  key: string;
  commune?: Commune;
  registeredAt: Date;
}

/** /thanhvien for a district member: the district's registered members, commune by commune. */
export function memberListText(district: ParentUnit, members: readonly ListedMember[]): string {
  if (members.length === 0) return `Chưa có thành viên nào đăng ký trong ${district.name}.`;
  const when = (at: Date) => `${localTimeOf(at)} ${formatDateVi(localDateOf(at))}`;
  const lines = members.map(
    (m) =>
      `• ${memberTag(m.key)}: ${m.commune ? m.commune.name : "Ban Chỉ đạo"} (đăng ký ${when(m.registeredAt)})`,
  );
  return [
    `👥 Thành viên đã đăng ký trong ${district.name} (${members.length}):`,
    ...lines,
    "Xóa một thành viên tổ công tác: /xoa <mã thành viên>.",
  ].join("\n");
}

export const MEMBERS_FOR_DISTRICT_ONLY =
  "Chỉ thành viên Ban Chỉ đạo huyện xem và xóa được thành viên: /thanhvien, /xoa <mã thành viên>.";

export const REMOVE_USAGE = "Cú pháp: /xoa <mã thành viên> (6 ký tự, xem bằng /thanhvien).";

export function removedText(tag: string, commune: Commune): string {
  return `🗑️ Đã xóa thành viên ${tag} khỏi tổ công tác ${commune.name}. Người này cần mã đăng ký để đăng ký lại.`;
}

export function noSuchMemberText(tag: string, district: ParentUnit): string {
  return `❓ Không có thành viên tổ công tác mã ${tag} trong ${district.name}. Xem danh sách bằng /thanhvien.`;
}
