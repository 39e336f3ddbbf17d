import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const MAX_LOGGED_PATH = 200;

type LoggedResponse = ServerResponse & { locals?: { errorCode?: unknown } };

const errorCodeOf = (res: ServerResponse) => (res as LoggedResponse).locals?.errorCode;

/**
 * One line per request: method, path (no query string, at most 200 characters), status and, for an error,
 * its code. Never headers (tokens, device ids) or bodies (answers); a 500 is logged at error level by the
 * error middleware, so this line carries no stack trace of its own.
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    customSuccessObject: (_req, res, line: object) => ({ ...line, errorCode: errorCodeOf(res) }),
    customErrorObject: (_req, res, _error, line: object) => {
      const { err: _dropped, ...rest } = line as { err?: unknown };
      return { ...rest, errorCode: errorCodeOf(res) ?? "INTERNAL" };
    },
    serializers: {
      req: (req: IncomingMessage & { id: unknown }) => {
        const path = (req.url ?? "").split("?")[0]!;
        return {
          id: req.id,
          method: req.method,
          url: path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path,
        };
      },
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}
