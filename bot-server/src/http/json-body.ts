import express, { type Express, type RequestHandler } from "express";
import { AppError } from "./errors";
import { routeMethods } from "./route-methods";
import { isStorableText, makeTextStorable, pathOf, walkJson } from "./storable-text";
import { SPREADSHEET_UPLOAD_PATHS } from "./uploads";

/** The largest JSON body any route takes (a full PKS 02 form is a few KB). */
const JSON_BODY_LIMIT = "32kb";

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** Parse JSON bodies (up to 32 KB), keeping the raw bytes: webhook signatures are computed over them. */
export function parseJsonBody(): RequestHandler {
  return express.json({
    limit: JSON_BODY_LIMIT,
    verify: (req, _res, buf) => {
      (req as unknown as { rawBody: Buffer }).rawBody = buf;
    },
  });
}

/**
 * The API takes JSON only: a POST/PUT/PATCH to an API route with any other Content-Type (or none) is
 * 415 UNSUPPORTED_MEDIA_TYPE, rather than a validation error about a body the parser never read.
 * Unknown paths and methods fall through to 404/405; spreadsheet uploads check their own type.
 */
export function requireJsonContentType(app: Express): RequestHandler {
  return (req, _res, next) => {
    if (!METHODS_WITH_BODY.has(req.method) || req.is("application/json")) return next();
    if (SPREADSHEET_UPLOAD_PATHS.has(req.baseUrl + req.path)) return next();
    if (!routeMethods(app, req.baseUrl + req.path).includes(req.method)) return next();
    next(new AppError("UNSUPPORTED_MEDIA_TYPE"));
  };
}

const UNSTORABLE_MESSAGE = "Có ký tự không hợp lệ (U+0000 hoặc nửa cặp ký tự UTF-16).";
const PROTO_MESSAGE = "Không được dùng khóa __proto__.";

/** The first thing in a parsed body the API refuses to read, with its path and why. */
function findUnsafeJson(body: unknown): { path: string; message: string } | undefined {
  for (const visit of walkJson(body)) {
    // Valid JSON, but some parsers and libraries turn this key into the object's prototype (zod drops it).
    if (visit.key === "__proto__") return { path: pathOf(visit), message: PROTO_MESSAGE };
    const badKey = visit.key !== undefined && !isStorableText(visit.key);
    if (badKey || (typeof visit.value === "string" && !isStorableText(visit.value)))
      return { path: pathOf(visit), message: UNSTORABLE_MESSAGE };
  }
  return undefined;
}

/** 400 MALFORMED_JSON for a body with text PostgreSQL cannot store or a "__proto__" key. */
export const rejectUnsafeJson: RequestHandler = (req, _res, next) => {
  const unsafe = findUnsafeJson(req.body);
  next(unsafe ? new AppError("MALFORMED_JSON", { details: [unsafe] }) : undefined);
};

/**
 * Zalo's webhook bodies are not refused (Zalo would only redeliver them): text PostgreSQL cannot store is
 * made storable in place (U+0000 dropped, a lone surrogate replaced by U+FFFD). The signature is checked
 * over the raw bytes, which stay as they came.
 */
export const storableWebhookText: RequestHandler = (req, _res, next) => {
  makeTextStorable(req.body);
  next();
};
