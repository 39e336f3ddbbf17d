import { findCommune } from "../communes/registry";
import type { Commune } from "../communes/types";
import { formatDateVi, windowDays, type SurveyWindow } from "../window/window";
import { SHIFT_LABELS, type Roster, type RosterHelper, type RosterSupervisor } from "./schemas";

/** A helper as a row of the helpers' sheet, in HELPER_COLUMNS order. */
export function helperRow(helper: RosterHelper): string[] {
  const commune = findCommune(helper.communeCode);
  return [
    helper.communeCode,
    commune?.name ?? "",
    commune?.districtName ?? "",
    formatDateVi(helper.date),
    SHIFT_LABELS[helper.shift],
    helper.name,
    helper.role,
    helper.unit,
    helper.phone ?? "",
  ];
}

/** A supervisor as a row of the supervisors' sheet, in SUPERVISOR_COLUMNS order. */
export function supervisorRow(supervisor: RosterSupervisor): string[] {
  const { name, title, unit, scope, days } = supervisor;
  return [name, title, unit, scope.join(", "), days.map(formatDateVi).join(", ")];
}

/** The rows of a stored roster, in its order. */
export function rosterRows(roster: Roster): { helpers: string[][]; supervisors: string[][] } {
  return { helpers: roster.helpers.map(helperRow), supervisors: roster.supervisors.map(supervisorRow) };
}

/** The template's helper rows: every unit, each survey day, a morning and an afternoon row to fill in. */
export function* templateHelperRows(communes: readonly Commune[], window: SurveyWindow): Generator<string[]> {
  for (const commune of communes)
    for (const date of windowDays(window))
      for (const shift of ["morning", "afternoon"] as const)
        yield [
          commune.code,
          commune.name,
          commune.districtName ?? "",
          formatDateVi(date),
          SHIFT_LABELS[shift],
        ];
}
