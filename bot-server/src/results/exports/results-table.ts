/** A sheet of the results workbook: a Vietnamese header row and plain cells (shares as fractions 0–1). */
export interface ResultsTable {
  sheet: string;
  headers: string[];
  rows: (string | number | null)[][];
  /** Columns (0-based) holding shares, shown as percentages. */
  percentColumns: number[];
}
