import pino, { type Logger } from "pino";

/** The process logger: JSON lines on stdout; answers, tokens and ids are never logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
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
