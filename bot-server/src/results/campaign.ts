import { PKS02_DEFINITION, windowPhase, type SurveyWindow } from "@pks02/shared";
import type { Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";

/** A survey campaign whose results are asked for. */
export interface ResultsCampaign {
  id: string;
  surveyId: string;
  window: SurveyWindow;
}

/** The campaign results are about when none is named. */
export const DEFAULT_CAMPAIGN_ID = "default";

/** The named campaign (default: the configured survey window), or 404 CAMPAIGN_NOT_FOUND. */
export function resolveCampaign(ctx: AppContext, id: string = DEFAULT_CAMPAIGN_ID): ResultsCampaign {
  if (id !== DEFAULT_CAMPAIGN_ID) throw new AppError("CAMPAIGN_NOT_FOUND");
  return { id, surveyId: PKS02_DEFINITION.id, window: ctx.config.surveyWindow };
}

/**
 * What a staff member may see of a campaign's results: the admin everything at any time; a district's staff
 * their district only, and only once the window has closed (403 RESULTS_NOT_READY before), so that partial
 * scores cannot steer the last survey days.
 */
export function resultsScopeFor(ctx: AppContext, staff: Staff, campaign: ResultsCampaign): string | null {
  if (!resultsVisibleTo(ctx, staff, campaign)) throw new AppError("RESULTS_NOT_READY");
  return staff.kind === "admin" ? null : staff.districtCode;
}

/** Whether the staff may see the campaign's results now (the rule of resultsScopeFor). */
export function resultsVisibleTo(ctx: AppContext, staff: Staff, campaign: ResultsCampaign): boolean {
  return staff.kind === "admin" || windowPhase(campaign.window, ctx.now()) === "closed";
}
