import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import {
  API_ERROR_MESSAGES,
  apiErrorMessage,
  type ApiError,
  type ApiErrorCode,
  type ErrorAudience,
} from "@pks02/shared";
import { z } from "zod";
import { loggableError } from "./loggable-error";

/**
 * The HTTP status of every error code, whatever throws it: throw sites name the code only. A commune code
 * that is not in the registry is 404 COMMUNE_NOT_FOUND both in a path and in a submitted form.
 */
const STATUS: Record<ApiErrorCode, number> = {
  MALFORMED_JSON: 400,
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  COMMUNE_NOT_FOUND: 404,
  DISTRICT_NOT_FOUND: 404,
  CAMPAIGN_NOT_FOUND: 404,
  SUBMISSION_CONFLICT: 409,
  ALREADY_ANSWERED: 409,
  SURVEY_VERSION_MISMATCH: 409,
  SURVEY_CLOSED: 403,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  ZALO_TOKEN_INVALID: 401,
  ZALO_UNAVAILABLE: 503,
  RESPONDENT_UNKNOWN: 400,
  // A production server takes no unverified device ids (ALLOW_DEVICE_IDS unset).
  DEVICE_ID_REFUSED: 401,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DATE_OUTSIDE_WINDOW: 400,
  DATE_IN_FUTURE: 400,
  INTERNAL: 500,
  BAD_SIGNATURE: 401,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  HEADERS_TOO_LARGE: 431,
  REQUEST_TIMEOUT: 408,
  UNKNOWN_JOB: 404,
  // The de-duplication keys are purged only after the window's last day.
  WINDOW_NOT_CLOSED: 409,
  // Results of a district are shown to its staff once the window has closed.
  RESULTS_NOT_READY: 403,
  // Only a flagged commune-day (or one already decided) takes a reviewer's decision.
  INTEGRITY_NOT_FLAGGED: 409,
  // A roster upload is checked whole: one bad row stores nothing (details name every bad row).
  ROSTER_INVALID: 400,
  SPREADSHEET_UNREADABLE: 400,
};

/** The HTTP status an error code is always answered with. */
export function statusOf(code: ApiErrorCode): number {
  return STATUS[code];
}

export interface AppErrorOptions {
  /** The throw site's own words, for every audience (default: the code's, see messageFor). */
  message?: string;
  details?: unknown[];
}

/** The one error type use cases throw: a stable code (its HTTP status comes from the table above). */
export class AppError extends Error {
  readonly status: number;
  readonly details?: unknown[];
  private readonly ownMessage?: string;

  constructor(
    readonly code: ApiErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(options.message ?? API_ERROR_MESSAGES[code]);
    this.status = STATUS[code];
    this.details = options.details;
    this.ownMessage = options.message;
  }

  /** The Vietnamese message for who reads it: a resident is told to rescan the QR, staff that a code is wrong. */
  messageFor(audience: ErrorAudience): string {
    return this.ownMessage ?? apiErrorMessage(this.code, audience);
  }
}

// zod's own messages ("Invalid input: expected number…") in Vietnamese; a schema's own message wins.
const vietnamese = z.locales.vi().localeError;

/** A 400 (BAD_REQUEST or VALIDATION_FAILED) from a zod failure, with the issues as details (path and Vietnamese message). */
function badRequest(error: z.ZodError, code: ApiErrorCode = "BAD_REQUEST", message?: string): AppError {
  const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return new AppError(code, { message, details });
}

/** Parse input with a zod schema once at the edge, or throw a 400 (`message` replaces the code's own). */
export function parseInput<T extends z.core.$ZodType>(
  schema: T,
  input: unknown,
  code: ApiErrorCode = "BAD_REQUEST",
  message?: string,
): z.infer<T> {
  // The functional form: the resident API's schemas are zod/mini ones (shared/src/api/resident.ts).
  const parsed = z.safeParse(schema, input, { error: vietnamese });
  if (!parsed.success) throw badRequest(parsed.error, code, message);
  return parsed.data;
}

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError("NOT_FOUND"));

// What body-parser's errors mean for the client (its `type`); any other 4xx from it is an unreadable body.
const BODY_ERRORS: Record<string, ApiErrorCode> = {
  "entity.parse.failed": "MALFORMED_JSON",
  "entity.too.large": "PAYLOAD_TOO_LARGE",
  "parameters.too.many": "PAYLOAD_TOO_LARGE",
  "charset.unsupported": "UNSUPPORTED_MEDIA_TYPE",
  "encoding.unsupported": "UNSUPPORTED_MEDIA_TYPE",
};

const BY_STATUS: Record<number, ApiErrorCode> = {
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

/** A client error raised by Express, body-parser or serve-static (they set a 4xx `status`), as an AppError. */
function fromFramework(error: { type?: unknown; status?: unknown; code?: unknown }): AppError | undefined {
  if (typeof error.status !== "number" || error.status < 400 || error.status >= 500) return undefined;
  const known = typeof error.type === "string" ? BODY_ERRORS[error.type] : undefined;
  if (known) return new AppError(known);
  if (error instanceof URIError)
    return new AppError("BAD_REQUEST", { details: [{ message: "Đường dẫn có mã %XX không hợp lệ." }] });
  // Other body-parser failures: the body stopped short, or did not decompress (zlib's Z_* codes).
  if (error.type !== undefined || (typeof error.code === "string" && error.code.startsWith("Z_")))
    return new AppError("MALFORMED_JSON");
  return new AppError(BY_STATUS[error.status] ?? "BAD_REQUEST");
}

/** Routes for staff mark their answers so (requireStaff, the console group's login); the rest are residents'. */
export function markStaffAudience(res: Response): void {
  res.locals.errorAudience = "staff" satisfies ErrorAudience;
}

function send(res: Response, error: AppError): void {
  res.locals.errorCode = error.code; // for the request log line
  const audience: ErrorAudience = res.locals.errorAudience === "staff" ? "staff" : "resident";
  const body: ApiError = {
    error: { code: error.code, message: error.messageFor(audience), details: error.details ?? [] },
  };
  res.status(error.status).json(body);
}

/** The one error middleware: AppErrors as JSON; anything else is a 500 with a request id, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = error instanceof AppError ? error : fromFramework(error ?? {});
    if (known) return send(res, known);
    const requestId = (req as { id?: unknown }).id ?? randomUUID();
    // Not under "err": pino's error serializer would add the message and stack of every cause back.
    logger.error({ error: loggableError(error), requestId, path: req.path }, "unhandled error");
    send(res, new AppError("INTERNAL", { details: [{ requestId }] }));
  };
}
