import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { ResultsReport } from "@pks02/shared";
import type { Database } from "../../db/database";
import type { ResultsScope } from "../scope";
import { forEachResponseBatch, responseHeaders } from "./response-rows";
import { resultsTables, type ResultsTable } from "./tables";

const PERCENT_FORMAT = "0.0%";

function addTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ResultsTable): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: Math.min(40, Math.max(10, header.length + 2)),
    style: table.percentColumns.includes(i) ? { numFmt: PERCENT_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row).commit();
  sheet.commit();
}

/** Wait while the destination is full, so rows are not piled up in memory ahead of a slow reader. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, "drain");
}

/**
 * The results workbook, streamed: the summary sheets (province, districts, communes, rankings, criteria,
 * choices, comments) from the report, then every response from the database cursor, one batch at a time.
 */
export async function writeResultsXlsx(
  db: Database,
  scope: ResultsScope,
  report: ResultsReport,
  out: Writable,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "PKS02";
  for (const table of resultsTables(report)) addTable(workbook, table);
  const sheet = workbook.addWorksheet("responses", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = responseHeaders().map((header) => ({ header, width: Math.max(8, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  const count = await forEachResponseBatch(db, scope, async (rows) => {
    for (const row of rows) sheet.addRow(row).commit();
    await drained(out);
  });
  sheet.commit();
  await workbook.commit();
  return count;
}
