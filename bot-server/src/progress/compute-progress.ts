import {
  COMMUNES,
  PKS02_DEFINITION,
  communesOfDistrict,
  daysSoFar,
  evaluateQuota,
  findDistrict,
  isSurveyDay,
  type CommuneProgress,
  type DistrictProgress,
  type ProgressReport,
  type ProgressTotals,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { loadCommuneTotals } from "./progress-repository";

export interface ProgressOptions {
  /** Survey days to count; default: the window's days so far by ctx.now(). */
  dates?: string[];
  districtCode?: string;
}

function emptyTotals(): ProgressTotals {
  return {
    communes: 0,
    responses: 0,
    visits: 0,
    communesOk: 0,
    communesTooFew: 0,
    communesTooMany: 0,
    communesMissingVisits: 0,
  };
}

function addCommune(totals: ProgressTotals, commune: CommuneProgress): void {
  totals.communes += 1;
  totals.responses += commune.responses;
  totals.visits += commune.visitsReported;
  switch (commune.quota.status) {
    case "ok":
      totals.communesOk += 1;
      break;
    case "too_few":
      totals.communesTooFew += 1;
      break;
    case "too_many":
      totals.communesTooMany += 1;
      break;
    case "missing_visits":
      totals.communesMissingVisits += 1;
      break;
    default: {
      const unreachable: never = commune.quota.status;
      throw new Error(`unknown quota status ${String(unreachable)}`);
    }
  }
}

function summarise(dates: string[], communes: CommuneProgress[]): ProgressReport {
  const province = emptyTotals();
  const byDistrict = new Map<string, DistrictProgress>();
  for (const commune of communes) {
    addCommune(province, commune);
    let district = byDistrict.get(commune.districtCode);
    if (!district) {
      district = { code: commune.districtCode, name: commune.districtName, ...emptyTotals() };
      byDistrict.set(commune.districtCode, district);
    }
    addCommune(district, commune);
  }
  return { dates, communes, districts: [...byDistrict.values()], province };
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
      visits,
      visitsReported,
      daysReported,
      quota: evaluateQuota({ visits, responses, days: dates.length }),
    };
  });
  return summarise(dates, communes);
}
