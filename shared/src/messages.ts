import type { QuotaResult } from "./quota/quota";

/** A short Vietnamese phrase for a quota result: "đạt", "cần thêm 7 phiếu", … */
export function quotaStatusText(quota: QuotaResult): string {
  switch (quota.status) {
    case "missing_visits":
      return "chưa báo cáo lượt công dân đến";
    case "too_few":
      return `cần thêm ${quota.missing} phiếu`;
    case "too_many":
      return `vượt ${quota.excess} phiếu so với lượt đến`;
    case "ok":
      return "đạt";
    default: {
      const unreachable: never = quota.status;
      return unreachable;
    }
  }
}

/** Vietnamese messages for the API's error codes, shared by the server and the Mini App. */
export const API_ERROR_MESSAGES = {
  MALFORMED_JSON: "Dữ liệu gửi lên không đọc được.",
  VALIDATION_FAILED: "Phiếu chưa hợp lệ, xin kiểm tra lại các câu trả lời.",
  BAD_REQUEST: "Yêu cầu không hợp lệ.",
  COMMUNE_NOT_FOUND: "Không tìm thấy xã/phường/thị trấn này. Xin quét lại mã QR tại bộ phận một cửa.",
  DISTRICT_NOT_FOUND: "Không tìm thấy huyện/thị xã/thành phố này.",
  CAMPAIGN_NOT_FOUND: "Không tìm thấy đợt khảo sát này. Xin quét lại mã QR tại bộ phận một cửa.",
  SUBMISSION_CONFLICT: "Mã phiếu này đã được dùng cho một phiếu khác.",
  ALREADY_ANSWERED: "Ông/bà đã trả lời phiếu khảo sát cho đơn vị này. Xin cảm ơn!",
  SURVEY_VERSION_MISMATCH: "Phiếu khảo sát đã được cập nhật. Xin tải lại ứng dụng.",
  SURVEY_CLOSED: "Ngoài thời gian khảo sát.",
  PAYLOAD_TOO_LARGE: "Dữ liệu gửi lên quá lớn.",
  RATE_LIMITED: "Có quá nhiều yêu cầu. Xin thử lại sau ít phút.",
  ZALO_TOKEN_INVALID: "Không xác thực được tài khoản Zalo. Xin mở lại ứng dụng.",
  ZALO_UNAVAILABLE: "Chưa kết nối được với Zalo để xác thực. Phiếu sẽ được gửi lại sau ít phút.",
  RESPONDENT_UNKNOWN: "Không xác định được thiết bị gửi phiếu. Xin mở lại ứng dụng.",
  DEVICE_ID_REFUSED:
    "Phiếu chỉ nhận qua ứng dụng Zalo. Xin quét mã QR tại bộ phận một cửa bằng Zalo rồi trả lời lại.",
  UNAUTHORIZED: "Cần đăng nhập bằng mã truy cập của cán bộ.",
  FORBIDDEN: "Mã truy cập này không được xem dữ liệu của đơn vị khác.",
  NOT_FOUND: "Không tìm thấy.",
  DATE_OUTSIDE_WINDOW: "Ngày này không nằm trong thời gian khảo sát.",
  DATE_IN_FUTURE: "Chưa đến ngày này nên chưa báo cáo được.",
  INTERNAL: "Hệ thống gặp lỗi. Xin thử lại sau.",
  BAD_SIGNATURE: "Chữ ký sự kiện Zalo không hợp lệ.",
  METHOD_NOT_ALLOWED: "Đường dẫn này không nhận phương thức (method) HTTP này.",
  UNSUPPORTED_MEDIA_TYPE: "Dữ liệu phải gửi dạng JSON (Content-Type: application/json, mã UTF-8).",
  HEADERS_TOO_LARGE: "Phần đầu (header) của yêu cầu quá lớn.",
  REQUEST_TIMEOUT: "Yêu cầu gửi lên quá chậm, đã hết thời gian chờ.",
  ROSTER_INVALID:
    "Danh sách người hỗ trợ có dòng chưa hợp lệ nên chưa lưu gì. Xin sửa các dòng được nêu rồi tải lên lại cả tệp.",
  SPREADSHEET_UNREADABLE:
    "Tệp tải lên không phải bảng tính Excel (.xlsx) đọc được. Xin tải tệp mẫu /api/roster/template.xlsx và điền vào đó.",
  RESULTS_NOT_READY: "Kết quả khảo sát của huyện chỉ xem được sau khi đợt khảo sát kết thúc.",
  INTEGRITY_NOT_FLAGGED:
    "Xã này không bị đánh dấu “cần xem xét” trong ngày này nên không có gì để quyết định; không phiếu nào bị loại.",
  WINDOW_NOT_CLOSED:
    "Đợt khảo sát chưa kết thúc: khóa chống trả lời trùng chỉ được xóa sau ngày khảo sát cuối cùng.",
  UNKNOWN_JOB:
    "Không có tác vụ này. Các tác vụ: morning-reminder, afternoon-check, daily-summary, final-summary, roster-reminder.",
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_MESSAGES;

/** Who reads an error: a resident in the Mini App, or staff (API, console group, Zalo group). */
export type ErrorAudience = "resident" | "staff";

// Where the resident's words would mislead staff: a staff member who typed a wrong commune code is told the
// code is wrong, not to rescan a QR code; a bad visitor count speaks of the count, not of a form's answers.
const STAFF_ERROR_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  CAMPAIGN_NOT_FOUND: "Không có đợt khảo sát với mã này. Xin kiểm tra lại mã đợt (tham số campaign).",
  COMMUNE_NOT_FOUND:
    "Mã xã/phường/thị trấn không có trong danh mục của tỉnh. Xin kiểm tra lại mã (5 chữ số).",
  VALIDATION_FAILED: "Dữ liệu nhập chưa hợp lệ, xin kiểm tra lại.",
};

/** The Vietnamese message of an error code, in words for its audience. */
export function apiErrorMessage(code: ApiErrorCode, audience: ErrorAudience): string {
  return (audience === "staff" ? STAFF_ERROR_MESSAGES[code] : undefined) ?? API_ERROR_MESSAGES[code];
}
