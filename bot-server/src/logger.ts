import pino, { type Logger } from "pino";
import { loggableError } from "./http/loggable-error";

/** The process logger: JSON lines on stdout; answers, tokens and ids are never logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    // A failed query's message and PostgreSQL's detail quote the parameters (answers, ids): not logged.
    serializers: { err: loggableError },
    redact: {
      paths: [
        "req.headers.authorization",
        'req.headers["x-zalo-access-token"]',
        'req.headers["x-device-id"]',
        "answers",
        "*.answers",
      ],
      remove: true,
    },
  });
}
