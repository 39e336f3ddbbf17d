import type { Campaign } from "@pks02/shared";
import type { AppContext } from "../context";

/**
 * The campaign the dashboard shows and records counts for: the default one (DEFAULT_CAMPAIGN), so its pages
 * agree with links that name no campaign. Its registry gives the communes and districts.
 */
export function dashboardCampaign(ctx: AppContext): Campaign {
  return ctx.config.campaigns.defaultCampaign;
}
