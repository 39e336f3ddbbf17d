import { windowPhase, type Campaign } from "@pks02/shared";
import type { Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";

/**
 * What a staff member may see of a campaign's results: the admin everything at any time; a district's staff
 * their district only, and only once the window has closed (403 RESULTS_NOT_READY before), so that partial
 * scores cannot steer the last survey days.
 */
export function resultsScopeFor(ctx: AppContext, staff: Staff, campaign: Campaign): string | null {
  if (!resultsVisibleTo(ctx, staff, campaign)) throw new AppError("RESULTS_NOT_READY");
  return staff.kind === "admin" ? null : staff.districtCode;
}

/** Whether the staff may see the campaign's results now (the rule of resultsScopeFor). */
export function resultsVisibleTo(ctx: AppContext, staff: Staff, campaign: Campaign): boolean {
  return staff.kind === "admin" || windowPhase(campaign.window, ctx.now()) === "closed";
}
