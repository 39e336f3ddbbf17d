import { COMMUNES } from "../communes/registry";
import { evaluateQuota } from "../quota/quota";
import { summariseProgress } from "../progress/summarise";
import type { CommuneProgress, ProgressReport } from "../progress/types";

/** Test data: a commune of the registry with its responses and visits (null: not reported) over `days` days. */
export function communeFigures(
  code: string,
  responses: number,
  visits: number | null,
  days = 1,
  unverifiedResponses = 0,
): CommuneProgress {
  const commune = COMMUNES.find((c) => c.code === code);
  if (!commune) throw new Error(`no commune ${code}`);
  return {
    code,
    name: commune.name,
    districtCode: commune.districtCode,
    districtName: commune.districtName,
    responses,
    unverifiedResponses,
    visits,
    visitsReported: visits ?? 0,
    daysReported: visits === null ? 0 : days,
    quota: evaluateQuota({ visits, responses, days }),
  };
}

/**
 * Test data: the whole province over `dates`, every commune given by `overrides` (by code) or else
 * `fallback(code)`, with district and province totals computed the way the server does (summariseProgress).
 */
export function provinceFigures(
  dates: string[],
  overrides: Record<string, [responses: number, visits: number | null]>,
  fallback: [responses: number, visits: number | null] = [10, 20],
): ProgressReport {
  const communes = COMMUNES.map((c) => {
    const [responses, visits] = overrides[c.code] ?? fallback;
    return communeFigures(c.code, responses, visits, dates.length);
  });
  return summariseProgress(dates, communes);
}
