import { findCommune } from "../communes/registry";
import { foldVietnamese, upperFirst } from "../text";
import { cellCode, cellDate, cellList, cellText } from "./cells";
import { SUPERVISOR_SHEET, type CellValue, type SheetRow } from "./layout";
import type { RosterRowError, RosterSupervisor } from "./schemas";
import { communeInScope, dayProblem, districtInScope, type RosterScope } from "./scope";

/** The codes a supervisor covers, each a commune or a district inside the scope, or the problems. */
function scopeCodes(
  cell: CellValue | undefined,
  scope: RosterScope,
): { codes: string[]; problems: string[] } {
  const codes: string[] = [];
  const problems: string[] = [];
  for (const part of cellList(cell)) {
    const code = cellCode(part);
    const problem = /^\d{3}$/.test(code)
      ? districtInScope(code, scope)
      : (() => {
          const commune = communeInScope(code, scope);
          return typeof commune === "string" ? commune : undefined;
        })();
    if (problem) problems.push(problem);
    else if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0 && problems.length === 0) problems.push("thiếu mã xã hoặc mã huyện phụ trách");
  return { codes, problems };
}

function supervisorDays(cell: CellValue | undefined, scope: RosterScope) {
  const days: string[] = [];
  const problems: string[] = [];
  for (const part of cellList(cell)) {
    const date = cellDate(part);
    const problem = dayProblem(date, cellText(part), scope.window);
    if (problem) problems.push(problem);
    else if (date && !days.includes(date)) days.push(date);
  }
  return { days: days.sort(), problems };
}

function parseSupervisorRow(row: SheetRow, scope: RosterScope): RosterSupervisor | string[] {
  const [name, title, unit, covered, dayCell] = row.cells;
  const texts = { name: cellText(name), title: cellText(title), unit: cellText(unit) };
  const labels = { name: "họ và tên", title: "chức vụ", unit: "đơn vị công tác" } as const;
  const problems = (["name", "title", "unit"] as const).flatMap((field) => {
    if (texts[field] === "") return [`thiếu ${labels[field]}`];
    return texts[field].length > (field === "unit" ? 150 : 100) ? [`${labels[field]} quá dài`] : [];
  });
  const { codes, problems: scopeProblems } = scopeCodes(covered, scope);
  const { days, problems: dayProblems } = supervisorDays(dayCell, scope);
  problems.push(...scopeProblems, ...dayProblems);
  return problems.length > 0 ? problems : { ...texts, scope: codes, days };
}

/** The district a supervisor belongs to: the one all their codes lie in, or null (province-wide). */
export function supervisorDistrict(supervisor: RosterSupervisor): string | null {
  const districts = new Set(
    supervisor.scope.map((code) => (code.length === 3 ? code : findCommune(code)?.districtCode)),
  );
  return districts.size === 1 ? ([...districts][0] ?? null) : null;
}

/** Parse the supervisor sheet's rows (header excluded): supervisors in order, and a report per bad row. */
export function parseSupervisorRows(
  rows: readonly SheetRow[],
  scope: RosterScope,
): { supervisors: RosterSupervisor[]; errors: RosterRowError[] } {
  const supervisors: RosterSupervisor[] = [];
  const errors: RosterRowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.every((cell) => cellText(cell) === "")) continue;
    const parsed = parseSupervisorRow(row, scope);
    if (Array.isArray(parsed)) {
      errors.push({ sheet: SUPERVISOR_SHEET, row: row.row, message: upperFirst(parsed.join("; ")) });
      continue;
    }
    const key = `${foldVietnamese(parsed.name)}|${parsed.scope.join(",")}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `Trùng với dòng ${first}: ${parsed.name} đã được phân công phụ trách các đơn vị này`;
      errors.push({ sheet: SUPERVISOR_SHEET, row: row.row, message });
      continue;
    }
    seen.set(key, row.row);
    supervisors.push(parsed);
  }
  return { supervisors, errors };
}
