import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import {
  HELPER_COLUMNS,
  HELPER_SHEET,
  SUPERVISOR_COLUMNS,
  SUPERVISOR_SHEET,
  type CellValue,
  type RosterSheets,
  type SheetRow,
} from "@pks02/shared";
import { AppError } from "../http/errors";

/** More rows than 209 units × 3 days × 2 shifts × a dozen helpers is not a roster. */
export const MAX_SHEET_ROWS = 20_000;

/** A cell as plain text, number, date or nothing (rich text, formulas and links reduced to what shows). */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result as ExcelJS.CellValue);
  if ("text" in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): SheetRow[] | undefined {
  if (!sheet) return undefined;
  if (sheet.actualRowCount > MAX_SHEET_ROWS) {
    throw new AppError("ROSTER_INVALID", {
      details: [
        { sheet: sheet.name, row: MAX_SHEET_ROWS, message: `Trang tính có quá ${MAX_SHEET_ROWS} dòng.` },
      ],
    });
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => plainValue(row.getCell(i + 1).value));
    rows.push({ row: number, cells });
  });
  return rows;
}

/** Read an uploaded workbook's two sheets; 400 SPREADSHEET_UNREADABLE when it is not an XLSX file. */
export async function readRosterWorkbook(body: Buffer): Promise<RosterSheets> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError("SPREADSHEET_UNREADABLE");
  }
  return {
    helpers: sheetRows(workbook.getWorksheet(HELPER_SHEET)),
    supervisors: sheetRows(workbook.getWorksheet(SUPERVISOR_SHEET)),
  };
}

/** The rows a roster workbook holds, as written: text only, so codes keep their zeros and dates their form. */
export interface RosterSheetRows {
  helpers: Iterable<string[]>;
  supervisors: Iterable<string[]>;
}

const HELPER_WIDTHS = [10, 26, 24, 14, 12, 26, 18, 28, 16];
const SUPERVISOR_WIDTHS = [26, 20, 28, 34, 34];

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly string[],
  widths: number[],
  rows: Iterable<string[]>,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((header, i) => ({ header, width: widths[i], style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** Stream a roster workbook (template or export) to `out`, the helpers' sheet first. */
export async function writeRosterWorkbook(out: Writable, rows: RosterSheetRows): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = "PKS02";
  addSheet(workbook, HELPER_SHEET, HELPER_COLUMNS, HELPER_WIDTHS, rows.helpers);
  addSheet(workbook, SUPERVISOR_SHEET, SUPERVISOR_COLUMNS, SUPERVISOR_WIDTHS, rows.supervisors);
  await workbook.commit();
}
