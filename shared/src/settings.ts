import { z } from "zod";
import { ZLocalDate, type SurveyWindow } from "./window/window";

// Settings that the server and the operator tools (QR kit) both read from the environment, by one rule.

/** A Zalo Mini App id: the digits Zalo gives the app (links are https://zalo.me/s/<id>/). */
export const ZMiniAppId = z
  .string()
  .trim()
  .regex(/^\d{1,32}$/, "digits only (the Zalo Mini App id)");

export type SurveyWindowVariable = "SURVEY_START" | "SURVEY_END";

export type SurveyWindowSetting =
  /** window null: neither variable set (each tool has its own default). */
  | { ok: true; window: SurveyWindow | null }
  | { ok: false; variable: SurveyWindowVariable; problem: "not-a-date" | "set-both" | "end-before-start" };

const blank = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? undefined : value.trim();

/**
 * SURVEY_START and SURVEY_END (local dates, inclusive): both or neither (blank counts as unset), each a real
 * YYYY-MM-DD, the end not before the start.
 */
export function parseSurveyWindowSetting(
  start: string | undefined,
  end: string | undefined,
): SurveyWindowSetting {
  const given = { SURVEY_START: blank(start), SURVEY_END: blank(end) };
  for (const variable of ["SURVEY_START", "SURVEY_END"] as const) {
    const value = given[variable];
    if (value !== undefined && !ZLocalDate.safeParse(value).success)
      return { ok: false, variable, problem: "not-a-date" };
  }
  if (given.SURVEY_START === undefined && given.SURVEY_END === undefined) return { ok: true, window: null };
  if (given.SURVEY_START === undefined) return { ok: false, variable: "SURVEY_START", problem: "set-both" };
  if (given.SURVEY_END === undefined) return { ok: false, variable: "SURVEY_END", problem: "set-both" };
  if (given.SURVEY_START > given.SURVEY_END)
    return { ok: false, variable: "SURVEY_END", problem: "end-before-start" };
  return { ok: true, window: { start: given.SURVEY_START, end: given.SURVEY_END } };
}
