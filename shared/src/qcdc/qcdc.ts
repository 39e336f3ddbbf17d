import { z } from "zod";
import type { Commune } from "../communes/types";
import { formatDateVi } from "../window/window";
import { GROUP_MESSAGE_LIMIT } from "../group-bot/split";

/**
 * The five fields of the province's QCDC form "report of guiding residents to take the survey", in its
 * order: the commune, its helpers (names, positions, units), the report date, the people and organisations
 * doing procedures at the one-stop office that day, and how many took the survey that day.
 */
export const QCDC_COLUMNS = [
  "Tên xã, phường, thị trấn",
  "Họ tên, chức vụ, đơn vị của người được phân công hướng dẫn",
  "Ngày báo cáo",
  "Số người, tổ chức đến làm thủ tục tại bộ phận một cửa trong ngày",
  "Số người tham gia khảo sát trong ngày",
] as const;

/** A helper as the QCDC form names them. */
export interface QcdcHelper {
  name: string;
  role: string;
  unit?: string;
}

/** One commune's QCDC figures for one day, as stored: the reported count (null if none) and helpers. */
export interface QcdcDayFigures {
  commune: Commune;
  date: string;
  visits: number | null;
  /** The helpers of the day's visit report, or of the roster when the report lists none. */
  helpers: readonly QcdcHelper[];
  responses: number;
}

/** One row of the QCDC form, every field as it is typed into the province's software. */
export const ZQcdcRow = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  helpers: z.string(),
  reportDate: z.string(),
  visits: z.number().int().nonnegative().nullable(),
  responses: z.number().int().nonnegative(),
});
export type QcdcRow = z.infer<typeof ZQcdcRow>;

/** "Nguyễn Văn An, Hội viên CCB, Hội CCB xã Song Mai; Trần Thị Bình, …" */
export function qcdcHelpersText(helpers: readonly QcdcHelper[]): string {
  return helpers.map((h) => [h.name, h.role, h.unit].filter((part) => part).join(", ")).join("; ");
}

/** A day's figures as the form's row. */
export function qcdcRow(figures: QcdcDayFigures): QcdcRow {
  return {
    communeCode: figures.commune.code,
    communeName: figures.commune.name,
    helpers: qcdcHelpersText(figures.helpers),
    reportDate: formatDateVi(figures.date),
    visits: figures.visits,
    responses: figures.responses,
  };
}

/** The row as the five fields, ready to copy into the form (blanks said in words, never left empty). */
export function qcdcFields(row: QcdcRow): string[] {
  return [
    row.communeName,
    row.helpers === "" ? "(chưa có người hỗ trợ trong lịch và báo cáo)" : row.helpers,
    row.reportDate,
    row.visits === null ? "(chưa báo cáo – gửi /luotden <số>)" : String(row.visits),
    String(row.responses),
  ];
}

/** The evening post or /qcdc reply of one commune: a title, then exactly the form's five fields in order. */
export function qcdcText(row: QcdcRow): string {
  const fields = qcdcFields(row);
  return [
    `📋 Số liệu nhập phần mềm QCDC – ${row.communeName}, ngày ${row.reportDate}:`,
    ...QCDC_COLUMNS.map((title, i) => `${i + 1}. ${title}: ${fields[i]}`),
  ].join("\n");
}

/**
 * The evening's QCDC post to one district's communes: a heading, then each commune's five fields, a commune's
 * block never cut between two messages (each message says which district it is, for copying).
 */
export function qcdcDistrictTexts(districtName: string, date: string, rows: readonly QcdcRow[]): string[] {
  const title = `📋 SỐ LIỆU NHẬP PHẦN MỀM QCDC NGÀY ${formatDateVi(date)} – ${districtName.toUpperCase()}`;
  const messages = [
    [title, "Cán bộ nhập liệu của từng xã chép 5 mục của xã mình vào phần mềm QCDC (gõ /qcdc để xem lại):"],
  ];
  for (const row of rows) {
    const block = qcdcText(row);
    const current = messages[messages.length - 1]!;
    if ([...current, "", block].join("\n").length > GROUP_MESSAGE_LIMIT)
      messages.push([`${title} (tiếp)`, "", block]);
    else current.push("", block);
  }
  return messages.map((lines) => lines.join("\n"));
}
