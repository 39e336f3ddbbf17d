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

const PENDING_LIMIT = 1 << 20;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

// exceljs's streaming writer pushes a sheet's rows into the zip's input (a PassThrough of archiver's) without
// backpressure, so when deflate lags, rows pile up there: about 0.7 KB a response, 70 MB at 100,000. The pipe is
// not part of exceljs's typed API; when it is not where this expects, rows are simply not held back.
type StreamState = { length?: number };
type SheetInternals = {
  stream?: { pipes?: { _writableState?: StreamState; _readableState?: StreamState }[] };
};

/** Wait until the zip has taken in what the sheet wrote, then until the destination has room. */
async function caughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const zipInput = (sheet as unknown as SheetInternals).stream?.pipes?.[0];
  const pending = () => (zipInput?._writableState?.length ?? 0) + (zipInput?._readableState?.length ?? 0);
  while (pending() > PENDING_LIMIT) await pause();
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
  for (const table of resultsTables(report, scope.form)) addTable(workbook, table);
  const sheet = workbook.addWorksheet("responses", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = responseHeaders(scope).map((header) => ({ header, width: Math.max(8, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  const count = await forEachResponseBatch(db, scope, async (rows) => {
    for (const row of rows) sheet.addRow(row).commit();
    await caughtUp(sheet, out);
  });
  sheet.commit();
  await workbook.commit();
  return count;
}
