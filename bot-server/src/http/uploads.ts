import express, { type RequestHandler } from "express";
import { AppError } from "./errors";

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** API paths that take an XLSX upload instead of JSON (the JSON-only check lets them through). */
export const SPREADSHEET_UPLOAD_PATHS: ReadonlySet<string> = new Set(["/api/roster"]);

/** A roster for 209 units is about 100 KB; 2 MB leaves room for formatting without inviting abuse. */
export const SPREADSHEET_LIMIT = "2mb";

const NOT_XLSX = `Tệp phải gửi dạng bảng tính Excel (Content-Type: ${XLSX_TYPE}).`;

/** Read an XLSX body into req.body as a Buffer; 415 UNSUPPORTED_MEDIA_TYPE for any other type or none. */
export function spreadsheetBody(): RequestHandler[] {
  return [
    express.raw({ type: XLSX_TYPE, limit: SPREADSHEET_LIMIT }),
    (req, _res, next) => {
      const body: unknown = req.body;
      if (!req.is(XLSX_TYPE) || !Buffer.isBuffer(body))
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", { message: NOT_XLSX });
      next();
    },
  ];
}
