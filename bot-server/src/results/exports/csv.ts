import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Database } from "../../db/database";
import type { ResultsScope } from "../scope";
import { forEachResponseBatch, responseHeaders } from "./response-rows";

/** Excel opens a CSV as UTF-8 (Vietnamese letters intact) only with this byte-order mark. */
const BOM = "\uFEFF";

/**
 * One CSV field: quoted when it holds a separator, quote or line break; text that a spreadsheet would run as a
 * formula (= + - @) is prefixed with an apostrophe, since comments are written by anyone.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (cells: (string | number | null)[]) => `${cells.map(csvField).join(",")}\r\n`;

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** The per-response CSV (UTF-8 with BOM, Vietnamese headers, no identity), streamed batch by batch. */
export async function writeResponsesCsv(db: Database, scope: ResultsScope, out: Writable): Promise<number> {
  await write(out, BOM + line(responseHeaders(scope)));
  return forEachResponseBatch(db, scope, (rows) => write(out, rows.map(line).join("")));
}
