/**
 * The roster workbook as people see it: two sheets, each with one header row, the columns in this order.
 * The template, the export and the upload parser all read these, so they cannot drift apart.
 */
export const HELPER_SHEET = "Người hỗ trợ";
export const SUPERVISOR_SHEET = "Lãnh đạo giám sát";

export const HELPER_COLUMNS = [
  "Mã đơn vị",
  "Tên đơn vị",
  "Huyện/thị xã/thành phố",
  "Ngày (dd/mm/yyyy)",
  "Buổi (Sáng/Chiều/Cả ngày)",
  "Họ và tên",
  "Vai trò",
  "Đơn vị công tác",
  "Số điện thoại (không bắt buộc)",
] as const;

export const SUPERVISOR_COLUMNS = [
  "Họ và tên",
  "Chức vụ",
  "Đơn vị công tác",
  "Phụ trách (mã xã hoặc mã huyện, cách nhau bởi dấu phẩy)",
  "Ngày (dd/mm/yyyy, cách nhau bởi dấu phẩy; để trống nếu cả đợt)",
] as const;

/** What one cell of an uploaded sheet holds once read: text, a number, a date, or nothing. */
export type CellValue = string | number | boolean | Date | null;

/** One row of an uploaded sheet: its number as the spreadsheet shows it (header = 1) and its cells. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** The rows of the two sheets (undefined: the sheet is missing), header rows included. */
export interface RosterSheets {
  helpers: SheetRow[] | undefined;
  supervisors: SheetRow[] | undefined;
}
