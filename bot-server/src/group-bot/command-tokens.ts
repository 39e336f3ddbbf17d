import type { SurveyWindow } from "@pks02/shared";

/** A word of a member's message: as typed (for answers) and folded (no diacritics, lower case; for matching). */
export interface Token {
  original: string;
  folded: string;
}

const MAX_VISITS = 100_000;

// Words people add around a count ("/luotden 20 người", "/luotden 20 lượt"): ignored.
const UNIT_WORDS = new Set(["nguoi", "luot", "cong", "dan", "khach"]);

// "1.000": Vietnamese thousands, not a day.
const THOUSANDS = /^\d{1,3}(\.\d{3})+$/;

/** The tokens of a /luotden command without the unit words people add. */
export const withoutUnitWords = (tokens: Token[]): Token[] => tokens.filter((t) => !UNIT_WORDS.has(t.folded));

/** A commune code; four digits get the leading 0 people drop (every Bắc Giang code starts with 07). */
export function communeCodeOf(token: string): string | undefined {
  if (/^\d{5}$/.test(token)) return token;
  if (/^\d{4}$/.test(token)) return `0${token}`;
  return undefined;
}

/** A visitor count (digits, or digits with "." thousands), or undefined. */
export function countOf(token: string): number | undefined {
  const digits = THOUSANDS.test(token) ? token.replace(/\./g, "") : token;
  if (!/^\d{1,6}$/.test(digits) || Number(digits) > MAX_VISITS) return undefined;
  return Number(digits);
}

/** Whether a token is meant as a day ("12/06", "12-6", "hôm-qua"), rather than a number. */
export const looksLikeDate = (token: string): boolean => /[/.-]/.test(token) && !THOUSANDS.test(token);

/** "12/06", "12/6", "12-06-2024" → YYYY-MM-DD (the window's year when omitted), or undefined. */
export function dayMonthOf(token: string, window: SurveyWindow): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(token);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year ?? window.start.slice(0, 4)}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const asDate = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== iso) return undefined;
  return iso;
}
