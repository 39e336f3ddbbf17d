import type { Logger } from "pino";
import { loggableError } from "./http/loggable-error";

/** What to do when something escaped every handler: log it once and end the process with code 1. */
export function failFast(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)) {
  return (kind: "unhandledRejection" | "uncaughtException", failure: unknown): void => {
    logger.fatal({ error: loggableError(failure), kind }, "unexpected failure: stopping the process");
    exit(1);
  };
}

/**
 * A promise nobody awaited failed, or a throw escaped: the process's state is unknown, so it stops with a
 * non-zero code and its supervisor restarts it. That is safe: the outbox and the job records are in the
 * database, and a restarted worker resends only what was not sent.
 */
export function installProcessSafety(logger: Logger): void {
  const stop = failFast(logger);
  process.on("unhandledRejection", (reason) => stop("unhandledRejection", reason));
  process.on("uncaughtException", (error) => stop("uncaughtException", error));
}
