import pino, { type Logger } from "pino";
import { loggableError } from "./http/loggable-error";

/**
 * Lines go out asynchronously: a synchronous write per line cost about a quarter of the server's CPU per
 * submission under load (two syscalls per request). What is still buffered is written at exit.
 */
function stdoutDestination() {
  const destination = pino.destination({ dest: 1, sync: false });
  process.once("exit", () => destination.flushSync());
  return destination;
}

/** The process logger: JSON lines on stdout; answers, tokens and ids are never logged. */
export function createLogger(level: string): Logger {
  return pino(
    {
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
    },
    stdoutDestination(),
  );
}
