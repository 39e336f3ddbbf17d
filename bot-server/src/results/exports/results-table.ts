import type { ResultsReport } from "@pks02/shared";

/** A sheet of the results workbook: a Vietnamese header row and plain cells (shares as fractions 0–1). */
export interface ResultsTable {
  sheet: string;
  headers: string[];
  rows: (string | number | null)[][];
  /** Columns (0-based) holding shares, shown as percentages. */
  percentColumns: number[];
}

export type Cell = string | number | null;

/** A column of a per-unit sheet: its header, its cell for a unit, whether it holds a share (a percentage). */
export interface Column<T> {
  header: string;
  cell: (unit: T) => Cell;
  percent?: boolean;
}

/** A sheet of one row per unit from its columns; the percent columns are found from the columns themselves. */
export function unitTable<T>(
  sheet: string,
  columns: readonly Column<T>[],
  units: readonly T[],
): ResultsTable {
  return {
    sheet,
    headers: columns.map((c) => c.header),
    rows: units.map((unit) => columns.map((c) => c.cell(unit))),
    percentColumns: columns.flatMap((c, i) => (c.percent ? [i] : [])),
  };
}

/** The "Huyện" column of a per-commune sheet, when the report's registry has districts (none for a flat one). */
export function districtColumn<T>(report: ResultsReport, cell: (unit: T) => Cell): Column<T>[] {
  return report.districts.length > 0 ? [{ header: "Huyện", cell }] : [];
}
