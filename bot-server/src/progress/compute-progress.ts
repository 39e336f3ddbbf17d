import {
  PROVINCE,
  communesIn,
  daysSoFar,
  isSurveyDay,
  progressOver,
  type Campaign,
  type ProgressData,
  type ProgressReport,
  type Scope,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { loadCommuneDays } from "./progress-repository";

export interface ProgressQuery {
  /** Survey days to count; default: the window's days so far by ctx.now(). */
  dates?: readonly string[];
  /** Default: the whole province. */
  scope?: Scope;
}

function assertScopeExists(campaign: Campaign, scope: Scope): void {
  if (scope.kind === "district" && !campaign.units.findParent(scope.districtCode))
    throw new AppError("DISTRICT_NOT_FOUND");
  if (scope.kind === "commune" && !campaign.units.find(scope.communeCode))
    throw new AppError("COMMUNE_NOT_FOUND");
}

/**
 * The one progress question: per commune and day of a campaign's scope, responses, visits and photo reports, asked of
 * the database once. /tiendo, the scheduled posts and GET /api/progress shape it with shared/'s pure
 * functions (progressOver, missingVisitDays, communesWithPhoto).
 */
export async function loadProgress(
  ctx: AppContext,
  campaign: Campaign,
  query: ProgressQuery = {},
): Promise<ProgressData> {
  const window = campaign.window;
  const scope = query.scope ?? PROVINCE;
  const dates = [...new Set(query.dates ?? daysSoFar(window, ctx.now()))].sort();
  if (!dates.every((d) => isSurveyDay(window, d))) throw new AppError("DATE_OUTSIDE_WINDOW");
  assertScopeExists(campaign, scope);
  const days = await loadCommuneDays(ctx.db, { campaignId: campaign.id, days: dates, scope });
  ctx.logger.debug({ scope: scope.kind, days: dates.length, rows: days.length }, "progress query");
  return { dates, communes: communesIn(scope, campaign.units), days, quota: campaign.quota };
}

/**
 * Responses, visits and quota of every commune (or one district's) over some survey days, with district
 * and province totals.
 */
export async function computeProgress(
  ctx: AppContext,
  campaign: Campaign,
  options: { dates?: readonly string[]; districtCode?: string } = {},
): Promise<ProgressReport> {
  const scope: Scope =
    options.districtCode === undefined ? PROVINCE : { kind: "district", districtCode: options.districtCode };
  return progressOver(await loadProgress(ctx, campaign, { dates: options.dates, scope }));
}
