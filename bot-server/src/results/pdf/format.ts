import type { Interval } from "@pks02/shared";

/** 0.8234 → "82,3%" (Vietnamese decimal comma); null → "–". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(1).replace(".", ",")}%`;
}

/** An interval as "71,2–88,0%"; null → "–". */
export function interval(range: Interval | null | undefined): string {
  if (!range) return "–";
  return `${(range.low * 100).toFixed(1).replace(".", ",")}–${percent(range.high)}`;
}

/** 4.4 → "4,40"; null → "–". */
export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(2).replace(".", ",");
}

/** The sentence every report carries when some valid responses were identified only by a device id. */
export function unverifiedNote(unverified: number, responses: number): string {
  return `Lưu ý: ${unverified}/${responses} phiếu chỉ có mã thiết bị, chưa xác minh qua tài khoản Zalo (máy chủ cho phép mã thiết bị: ALLOW_DEVICE_IDS) — một người có thể gửi nhiều phiếu loại này.`;
}
