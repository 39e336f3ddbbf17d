/**
 * An unexpected error as it may be logged. A failed query's message carries its parameters (answers,
 * respondent keys, member ids) and PostgreSQL's `detail`/`where` quote the data it refused, so only the
 * type, the first line of the message (up to "params:"), the database error code and the stack frames
 * are kept.
 */
export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  cause?: LoggableError;
  stack?: string;
}

const MAX_MESSAGE = 300;

function firstLine(message: string): string {
  const line = message.split(/\r?\n|\bparams:/)[0] ?? "";
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/** Only the "    at …" frames: the stack's first lines repeat the message, parameters included. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join("\n") : undefined;
}

/** What of an unexpected error goes to the log (see LoggableError); depth-limited through `cause`. */
export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: "non-Error thrown" };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor.name !== "Error" ? error.constructor.name : error.name,
    message: firstLine(error.message),
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: loggableError(error.cause, depth + 1) } : {}),
    ...(depth === 0 ? { stack: framesOf(error.stack) } : {}),
  };
}
