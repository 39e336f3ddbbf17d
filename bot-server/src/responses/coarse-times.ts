import { localTimeOf } from "@pks02/shared";
import { AppError } from "../http/errors";

// When the resident opened the form: a moment of this century, which both JavaScript and PostgreSQL hold
// (an ISO string may say year 0000 or 9999 with a +14:00 offset; PostgreSQL refuses some of those).
const EARLIEST_START = Date.parse("2000-01-01T00:00:00Z");
const LATEST_START = Date.parse("2100-01-01T00:00:00Z");

/** The client's `startedAt` as a moment (400 VALIDATION_FAILED outside 2000–2099), null when not sent. */
export function startedAtOf(startedAt: string | undefined): Date | null {
  if (startedAt === undefined) return null;
  const moment = Date.parse(startedAt);
  if (!(moment >= EARLIEST_START && moment < LATEST_START)) {
    throw new AppError("VALIDATION_FAILED", {
      details: [{ path: "startedAt", message: "Thời điểm bắt đầu phải trong khoảng năm 2000–2099." }],
    });
  }
  return new Date(moment);
}

// Longer than a survey window is a phone's wrong clock, not a completion time.
const MAX_COMPLETION_SECONDS = 31 * 24 * 3600;

/**
 * How long the form took, in whole seconds: all that is kept of `startedAt` (a later check flags
 * implausibly fast forms). Null when not sent or when the phone's clock makes it negative or absurd.
 */
export function completionSecondsOf(startedAt: Date | null, receivedAt: Date): number | null {
  if (startedAt === null) return null;
  const seconds = Math.floor((receivedAt.getTime() - startedAt.getTime()) / 1000);
  return seconds >= 0 && seconds <= MAX_COMPLETION_SECONDS ? seconds : null;
}

/** The local 5-minute span of a moment, 0 (00:00–00:05) to 287: the burst counters' only time. */
export function fiveMinuteSpanOf(moment: Date): number {
  const [hours, minutes] = localTimeOf(moment).split(":").map(Number);
  return Math.floor((hours! * 60 + minutes!) / 5);
}
