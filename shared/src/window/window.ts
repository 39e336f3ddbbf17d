// zod/mini, as every schema the Mini App parses with: its bundle then holds zod's core only (see
// api/resident.ts). Classic schemas take these as members like any other.
import * as z from "zod/mini";

/** All dates and days of the campaign are local to Vietnam. */
export const SURVEY_TIME_ZONE = "Asia/Ho_Chi_Minh";

const ZLocalDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD"),
    z.refine(isRealDate, "ngày này không có trên lịch"),
  );
export { ZLocalDate };

/** The survey's days, inclusive, as local dates (YYYY-MM-DD). */
export const ZSurveyWindow = z
  .object({ start: ZLocalDate, end: ZLocalDate })
  .check(z.refine((w) => w.start <= w.end, "start must not be after end"));
export type SurveyWindow = z.infer<typeof ZSurveyWindow>;

/** The campaign as planned: 12–14/6/2024. */
export const DEFAULT_SURVEY_WINDOW: SurveyWindow = Object.freeze({ start: "2024-06-12", end: "2024-06-14" });

function isRealDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

const localDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: SURVEY_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The local (Asia/Ho_Chi_Minh) date of a moment, YYYY-MM-DD: 23:30 UTC on 11/6 is 2024-06-12. */
export function localDateOf(moment: Date): string {
  return localDateFormat.format(moment);
}

const localTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: SURVEY_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The local time of day of a moment, HH:MM. */
export function localTimeOf(moment: Date): string {
  return localTimeFormat.format(moment);
}

/** Add whole days to a local date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every date of the window, in order. */
export function windowDays(window: SurveyWindow): string[] {
  const days: string[] = [];
  for (let d = window.start; d <= window.end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Whether a local date is one of the survey days. */
export function isSurveyDay(window: SurveyWindow, date: string): boolean {
  return date >= window.start && date <= window.end;
}

/** The survey day a moment belongs to, or null when it is outside the window. */
export function surveyDayOf(window: SurveyWindow, moment: Date): string | null {
  const date = localDateOf(moment);
  return isSurveyDay(window, date) ? date : null;
}

/** Whether a moment falls inside the window (local days, inclusive). */
export function isWithinWindow(window: SurveyWindow, moment: Date): boolean {
  return surveyDayOf(window, moment) !== null;
}

export const ZWindowPhase = z.enum(["not_open", "open", "closed"]);
export type WindowPhase = z.infer<typeof ZWindowPhase>;

/** Where a moment stands relative to the window. */
export function windowPhase(window: SurveyWindow, moment: Date): WindowPhase {
  const date = localDateOf(moment);
  if (date < window.start) return "not_open";
  if (date > window.end) return "closed";
  return "open";
}

/** The survey days up to and including a moment's local date (what "so far" covers). */
export function daysSoFar(window: SurveyWindow, moment: Date): string[] {
  const today = localDateOf(moment);
  return windowDays(window).filter((d) => d <= today);
}

/** "2024-06-12" → "12/06/2024", as Vietnamese readers write dates. */
export function formatDateVi(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
