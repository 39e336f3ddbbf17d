import {
  COMMUNES,
  PKS02_DEFINITION,
  communesOfDistrict,
  daysSoFar,
  evaluateQuota,
  findDistrict,
  isSurveyDay,
  summariseProgress,
  type CommuneProgress,
  type ProgressReport,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { loadCommuneTotals } from "./progress-repository";

export interface ProgressOptions {
  /** Survey days to count; default: the window's days so far by ctx.now(). */
  dates?: string[];
  districtCode?: string;
}

/**
 * Responses, visits and quota of every commune (or one district's) over some survey days, with district
 * and province totals. Two GROUP BY queries in one statement, whatever the number of communes.
 */
export async function computeProgress(
  ctx: AppContext,
  options: ProgressOptions = {},
): Promise<ProgressReport> {
  const window = ctx.config.surveyWindow;
  const dates = [...new Set(options.dates ?? daysSoFar(window, ctx.now()))].sort();
  if (!dates.every((d) => isSurveyDay(window, d))) throw new AppError("DATE_OUTSIDE_WINDOW", 400);
  if (options.districtCode !== undefined && !findDistrict(options.districtCode)) {
    throw new AppError("DISTRICT_NOT_FOUND", 404);
  }
  const registry = options.districtCode ? communesOfDistrict(options.districtCode) : COMMUNES;
  const totals = await loadCommuneTotals(ctx.db, {
    surveyId: PKS02_DEFINITION.id,
    days: dates,
    districtCode: options.districtCode,
  });
  const byCode = new Map(totals.map((t) => [t.communeCode, t]));
  const communes = registry.map((c): CommuneProgress => {
    const found = byCode.get(c.code);
    const responses = found?.responses ?? 0;
    const visitsReported = found?.visitsReported ?? 0;
    const daysReported = found?.daysReported ?? 0;
    const visits = daysReported >= dates.length ? visitsReported : null;
    return {
      code: c.code,
      name: c.name,
      districtCode: c.districtCode,
      districtName: c.districtName,
      responses,
      unverifiedResponses: found?.unverifiedResponses ?? 0,
      visits,
      visitsReported,
      daysReported,
      quota: evaluateQuota({ visits, responses, days: dates.length }),
    };
  });
  return summariseProgress(dates, communes);
}
