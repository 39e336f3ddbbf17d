import { formatDateVi } from "../window/window";

/** Warn from this many days before the OA refresh token expires. */
export const OA_TOKEN_WARNING_DAYS = 14;

/**
 * The group post that tells the admins the OA's refresh token is about to expire: when, and what to do
 * before then (authorise the OA again), or the bot stops posting.
 */
export function oaTokenExpiryWarning(daysLeft: number, expiryDate: string): string {
  const days = Math.max(0, Math.floor(daysLeft));
  const when = days === 0 ? "hết hạn hôm nay" : `còn ${days} ngày là hết hạn`;
  return [
    `⚠️ Gửi quản trị viên: quyền đăng bài của Official Account (refresh token) ${when} (${formatDateVi(expiryDate)}).`,
    "Trước ngày đó, vào Zalo for Developers cấp quyền lại cho OA và nạp cặp token mới vào máy chủ (xem hướng dẫn vận hành, mục Official Account).",
    "Nếu không, bot sẽ không đăng được tin vào nhóm.",
  ].join("\n");
}
