import { foldVietnamese, upperFirst } from "../text";
import { formatDateVi } from "../window/window";
import { cellCode, cellDate, cellPhone, cellShift, cellText } from "./cells";
import { HELPER_SHEET, type SheetRow } from "./layout";
import { SHIFT_LABELS, type RosterHelper, type RosterRowError } from "./schemas";
import { communeInScope, dayProblem, type RosterScope } from "./scope";

const MAX_TEXT = { name: 100, role: 100, unit: 150 } as const;

/** Whether a row only holds the template's pre-filled unit, day and shift (nobody entered): skipped. */
const isUnfilled = (cells: SheetRow["cells"]) => [5, 6, 7, 8].every((i) => cellText(cells[i]) === "");

function textProblems(helper: Pick<RosterHelper, "name" | "role" | "unit">): string[] {
  const labels = { name: "họ và tên", role: "vai trò", unit: "đơn vị công tác" } as const;
  return (["name", "role", "unit"] as const).flatMap((field) => {
    if (helper[field] === "") return [`thiếu ${labels[field]}`];
    if (helper[field].length > MAX_TEXT[field]) return [`${labels[field]} dài quá ${MAX_TEXT[field]} ký tự`];
    return [];
  });
}

/** One helper row checked against the scope: the helper, or every problem found in the row. */
function parseHelperRow(row: SheetRow, scope: RosterScope): RosterHelper | string[] {
  const [code, , , day, shiftCell, name, role, unit, phoneCell] = row.cells;
  const problems: string[] = [];
  const commune = communeInScope(cellCode(code), scope);
  if (typeof commune === "string") problems.push(commune);
  const date = cellDate(day);
  const badDay = dayProblem(date, cellText(day), scope.window);
  if (badDay) problems.push(badDay);
  const shift = cellShift(shiftCell);
  if (shift === null) problems.push(`buổi "${cellText(shiftCell)}" không hợp lệ (Sáng, Chiều hoặc Cả ngày)`);
  const texts = { name: cellText(name), role: cellText(role), unit: cellText(unit) };
  problems.push(...textProblems(texts));
  const phone = cellText(phoneCell) === "" ? null : cellPhone(phoneCell);
  if (phone === null && cellText(phoneCell) !== "")
    problems.push(`số điện thoại "${cellText(phoneCell)}" không hợp lệ`);
  if (problems.length > 0 || typeof commune === "string" || !date || !shift) return problems;
  return { communeCode: commune.code, date, shift, ...texts, phone };
}

const overlaps = (a: RosterHelper["shift"], b: RosterHelper["shift"]) =>
  a === b || a === "full" || b === "full";

/** The first earlier row with the same person at the same unit on an overlapping shift of the same day. */
function duplicateOf(helper: RosterHelper, seen: Map<string, { row: number; helper: RosterHelper }[]>) {
  const key = `${helper.communeCode}|${helper.date}|${foldVietnamese(helper.name)}`;
  const earlier = seen.get(key) ?? [];
  const found = earlier.find((e) => overlaps(e.helper.shift, helper.shift));
  return { key, earlier, found };
}

/** Parse the helper sheet's rows (header excluded): the helpers in order, and a report per bad row. */
export function parseHelperRows(
  rows: readonly SheetRow[],
  scope: RosterScope,
): { helpers: RosterHelper[]; errors: RosterRowError[] } {
  const helpers: RosterHelper[] = [];
  const errors: RosterRowError[] = [];
  const seen = new Map<string, { row: number; helper: RosterHelper }[]>();
  for (const row of rows) {
    if (isUnfilled(row.cells)) continue;
    const parsed = parseHelperRow(row, scope);
    if (Array.isArray(parsed)) {
      errors.push({ sheet: HELPER_SHEET, row: row.row, message: upperFirst(parsed.join("; ")) });
      continue;
    }
    const { key, earlier, found } = duplicateOf(parsed, seen);
    if (found) {
      const when = `${formatDateVi(parsed.date)}, buổi ${SHIFT_LABELS[parsed.shift].toLowerCase()}`;
      const message = `Trùng với dòng ${found.row}: ${parsed.name} đã có lịch tại đơn vị này ngày ${when}`;
      errors.push({ sheet: HELPER_SHEET, row: row.row, message });
      continue;
    }
    seen.set(key, [...earlier, { row: row.row, helper: parsed }]);
    helpers.push(parsed);
  }
  return { helpers, errors };
}
