import { randomUUID } from "node:crypto";
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { API_ERROR_MESSAGES, type ApiErrorCode } from "@pks02/shared";
import type { z } from "zod";

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

/** A 400 from a zod failure, with the issues as details (path and message). */
export function badRequest(error: z.ZodError, code: ApiErrorCode = "BAD_REQUEST"): AppError {
  const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return new AppError(code, 400, API_ERROR_MESSAGES[code], details);
}

/** Parse input with a zod schema once at the edge, or throw a 400. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  code: ApiErrorCode = "BAD_REQUEST",
): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error, code);
  return parsed.data;
}

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError("NOT_FOUND", 404));

function fromBodyParser(error: { type?: string; status?: number }): AppError | undefined {
  if (error.type === "entity.parse.failed") return new AppError("MALFORMED_JSON", 400);
  if (error.type === "entity.too.large") return new AppError("PAYLOAD_TOO_LARGE", 413);
  if (error.status && error.status >= 400 && error.status < 500)
    return new AppError("BAD_REQUEST", error.status);
  return undefined;
}

/** The one error middleware: AppErrors as JSON; anything else is a 500 with a request id, never a stack. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = error instanceof AppError ? error : fromBodyParser(error);
    if (known) {
      res
        .status(known.status)
        .json({ error: { code: known.code, message: known.message, details: known.details ?? [] } });
      return;
    }
    const requestId = (req as { id?: unknown }).id ?? randomUUID();
    logger.error({ err: error, requestId, path: req.path }, "unhandled error");
    res
      .status(500)
      .json({ error: { code: "INTERNAL", message: API_ERROR_MESSAGES.INTERNAL, details: [{ requestId }] } });
  };
}
