import { COMMUNES, DISTRICTS } from "../communes/registry";
import { evaluateQuota } from "../quota/quota";
import type { CommuneProgress, DistrictProgress, ProgressReport, ProgressTotals } from "../progress/types";

/** Test data: a commune of the registry with its responses and visits (null: not reported) over `days` days. */
export function communeFigures(
  code: string,
  responses: number,
  visits: number | null,
  days = 1,
): CommuneProgress {
  const commune = COMMUNES.find((c) => c.code === code);
  if (!commune) throw new Error(`no commune ${code}`);
  return {
    code,
    name: commune.name,
    districtCode: commune.districtCode,
    districtName: commune.districtName,
    responses,
    visits,
    visitsReported: visits ?? 0,
    daysReported: visits === null ? 0 : days,
    quota: evaluateQuota({ visits, responses, days }),
  };
}

function totalsOf(communes: readonly CommuneProgress[]): ProgressTotals {
  const count = (status: string) => communes.filter((c) => c.quota.status === status).length;
  return {
    communes: communes.length,
    responses: communes.reduce((sum, c) => sum + c.responses, 0),
    visits: communes.reduce((sum, c) => sum + c.visitsReported, 0),
    communesOk: count("ok"),
    communesTooFew: count("too_few"),
    communesTooMany: count("too_many"),
    communesMissingVisits: count("missing_visits"),
  };
}

/**
 * Test data: the whole province over `dates`, every commune given by `overrides` (by code) or else
 * `fallback(code)`, with district and province totals computed the way the server does.
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
  const districts: DistrictProgress[] = DISTRICTS.map((d) => ({
    code: d.code,
    name: d.name,
    ...totalsOf(communes.filter((c) => c.districtCode === d.code)),
  }));
  return { dates, communes, districts, province: totalsOf(communes) };
}
