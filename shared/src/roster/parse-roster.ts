import { foldVietnamese } from "../text";
import { cellText } from "./cells";
import { parseHelperRows } from "./helper-rows";
import {
  HELPER_COLUMNS,
  HELPER_SHEET,
  SUPERVISOR_COLUMNS,
  SUPERVISOR_SHEET,
  type RosterSheets,
  type SheetRow,
} from "./layout";
import type { Roster, RosterRowError } from "./schemas";
import type { RosterScope } from "./scope";
import { parseSupervisorRows } from "./supervisor-rows";

/** A sheet that is missing or whose header row is not the template's: one report line saying which. */
function headerProblem(
  sheet: string,
  rows: readonly SheetRow[] | undefined,
  columns: readonly string[],
): RosterRowError | undefined {
  if (rows === undefined)
    return {
      sheet,
      row: 1,
      message: `Thiếu trang tính "${sheet}": xin dùng tệp mẫu /api/roster/template.xlsx`,
    };
  const header = rows.find((r) => r.row === 1)?.cells ?? [];
  const wrong = columns.findIndex(
    (title, i) => foldVietnamese(cellText(header[i])) !== foldVietnamese(title),
  );
  if (wrong < 0) return undefined;
  const column = String.fromCharCode(65 + wrong);
  return { sheet, row: 1, message: `Dòng tiêu đề không đúng mẫu: cột ${column} phải là "${columns[wrong]}"` };
}

/**
 * Check every row of an uploaded roster workbook: the roster, or the report of every bad row (the whole
 * upload is refused if one row is bad). Rows that only hold the template's pre-filled unit are skipped.
 */
export function parseRosterSheets(
  sheets: RosterSheets,
  scope: RosterScope,
): { ok: true; roster: Roster } | { ok: false; errors: RosterRowError[] } {
  const headers = [
    headerProblem(HELPER_SHEET, sheets.helpers, HELPER_COLUMNS),
    headerProblem(SUPERVISOR_SHEET, sheets.supervisors, SUPERVISOR_COLUMNS),
  ].filter((e) => e !== undefined);
  if (headers.length > 0) return { ok: false, errors: headers };
  const body = (rows: readonly SheetRow[] | undefined) => (rows ?? []).filter((r) => r.row > 1);
  const helpers = parseHelperRows(body(sheets.helpers), scope);
  const supervisors = parseSupervisorRows(body(sheets.supervisors), scope);
  const errors = [...helpers.errors, ...supervisors.errors];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, roster: { helpers: helpers.helpers, supervisors: supervisors.supervisors } };
}
