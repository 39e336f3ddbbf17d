import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { API_ERROR_MESSAGES, type ApiErrorCode } from "@pks02/shared";
import { z } from "zod";
import { loggableError } from "./loggable-error";

/** The one error type use cases throw: a stable code, an HTTP status and a Vietnamese message. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    message: string = API_ERROR_MESSAGES[code],
    readonly details?: unknown[],
  ) {
    super(message);
  }
}

// zod's own messages ("Invalid input: expected number…") in Vietnamese; a schema's own message wins.
const vietnamese = z.locales.vi().localeError;

/** A 400 from a zod failure, with the issues as details (path and Vietnamese message). */
export function badRequest(
  error: z.ZodError,
  code: ApiErrorCode = "BAD_REQUEST",
  message?: string,
): AppError {
  const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return new AppError(code, 400, message ?? API_ERROR_MESSAGES[code], details);
}

/** Parse input with a zod schema once at the edge, or throw a 400 (`message` replaces the code's own). */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  code: ApiErrorCode = "BAD_REQUEST",
  message?: string,
): z.infer<T> {
  const parsed = schema.safeParse(input, { error: vietnamese });
  if (!parsed.success) throw badRequest(parsed.error, code, message);
  return parsed.data;
}

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError("NOT_FOUND", 404));

// What body-parser's errors mean for the client (its `type`); any other 4xx from it is an unreadable body.
const BODY_ERRORS: Record<string, [ApiErrorCode, number]> = {
  "entity.parse.failed": ["MALFORMED_JSON", 400],
  "entity.too.large": ["PAYLOAD_TOO_LARGE", 413],
  "parameters.too.many": ["PAYLOAD_TOO_LARGE", 413],
  "charset.unsupported": ["UNSUPPORTED_MEDIA_TYPE", 415],
  "encoding.unsupported": ["UNSUPPORTED_MEDIA_TYPE", 415],
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
  if (known) return new AppError(known[0], known[1]);
  if (error instanceof URIError)
    return new AppError("BAD_REQUEST", 400, undefined, [{ message: "Đường dẫn có mã %XX không hợp lệ." }]);
  // Other body-parser failures: the body stopped short, or did not decompress (zlib's Z_* codes).
  if (error.type !== undefined || (typeof error.code === "string" && error.code.startsWith("Z_")))
    return new AppError("MALFORMED_JSON", 400);
  const code = BY_STATUS[error.status];
  return code ? new AppError(code, error.status) : new AppError("BAD_REQUEST", 400);
}

function send(res: Response, error: AppError): void {
  res.locals.errorCode = error.code; // for the request log line
  res.status(error.status).json({
    error: { code: error.code, message: error.message, details: error.details ?? [] },
  });
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
    send(res, new AppError("INTERNAL", 500, undefined, [{ requestId }]));
  };
}
