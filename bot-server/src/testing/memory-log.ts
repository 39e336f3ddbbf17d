import { Writable } from "node:stream";
import pino, { type Level, type Logger } from "pino";

export interface MemoryLog {
  logger: Logger;
  /** Every line the logger wrote (one JSON object each), in order. */
  lines: string[];
}

/** A logger that keeps its lines in memory, to check what the server logs. */
export function createMemoryLog(level: Level): MemoryLog {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
