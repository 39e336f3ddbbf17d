import { Router, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { ZCampaignId, campaignsWithParent, type Campaign } from "@pks02/shared";
import type { Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { dashboardSessionOf, readCookie, setDashboardCookie } from "./access";

/** The cookie that keeps which campaign a staff member looks at (a view preference, not a permission). */
export const CAMPAIGN_COOKIE = "pks02_dot";

/** The campaigns a staff member may look at: every one for the province, those with their district for a district. */
export function campaignsOfStaff(ctx: AppContext, staff: Staff): Campaign[] {
  const { campaigns } = ctx.config;
  if (staff.kind === "admin") return [...campaigns.campaigns];
  return campaignsWithParent(campaigns, staff.districtCode);
}

/**
 * The campaign a staff member's pages show when they chose none: the default one (DEFAULT_CAMPAIGN), so pages
 * agree with links that name no campaign; for a district the default does not cover, the first that does.
 */
function defaultOf(ctx: AppContext, staff: Staff): Campaign {
  const own = campaignsOfStaff(ctx, staff);
  const fallback = ctx.config.campaigns.defaultCampaign;
  return own.includes(fallback) ? fallback : (own[0] ?? fallback);
}

/** The campaign of this id, if this staff may look at it. */
const visibleCampaign = (ctx: AppContext, staff: Staff, id: string | undefined) =>
  campaignsOfStaff(ctx, staff).find((c) => c.id === id);

/** Middleware after the session check: the campaign of this request (the chosen one, if still theirs to see). */
export function chooseDashboardCampaign(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    const staff = dashboardSessionOf(res).staff;
    res.locals.dashboardCampaign =
      visibleCampaign(ctx, staff, readCookie(req, CAMPAIGN_COOKIE)) ?? defaultOf(ctx, staff);
    next();
  };
}

/** The campaign chosen for this request, or undefined before chooseDashboardCampaign ran (an early error page). */
export const chosenCampaign = (res: Response): Campaign | undefined =>
  res.locals.dashboardCampaign as Campaign | undefined;

/** The campaign the dashboard shows and records counts for on this request (see chooseDashboardCampaign). */
export function dashboardCampaign(res: Response): Campaign {
  const campaign = chosenCampaign(res);
  if (!campaign) throw new Error("dashboardCampaign read before chooseDashboardCampaign ran");
  return campaign;
}

/** `?campaign=<id>` for the download links of the dashboard's campaign (the downloads read `?campaign=`). */
export const campaignQuery = (campaign: Campaign): string => `?campaign=${encodeURIComponent(campaign.id)}`;

/** A chairperson's report card (PDF) in the campaign. */
export const reportCardHref = (campaign: Campaign, code: string): string =>
  `/dashboard/tai-ve/xa/${code}/phieu-ket-qua.pdf${campaignQuery(campaign)}`;

/** A page of the dashboard, the only place the switch goes back to (never an open redirect). */
export const DASHBOARD_PAGE = /^\/dashboard(\/[A-Za-z0-9/_.-]*)?$/;

const ZSwitch = z.strictObject({ dot: ZCampaignId, tiep: z.string().regex(DASHBOARD_PAGE).optional() });

/** GET /dashboard/dot-khao-sat?dot=<id>&tiep=<page>: look at another campaign, then back to the page. */
export function campaignSwitchRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard/dot-khao-sat", (req: Request, res) => {
    const { dot, tiep } = parseInput(ZSwitch, req.query, "BAD_REQUEST");
    const campaign = visibleCampaign(ctx, dashboardSessionOf(res).staff, dot);
    if (!campaign)
      throw new AppError("CAMPAIGN_NOT_FOUND", {
        message: "Không có đợt khảo sát này trong phạm vi được xem.",
      });
    setDashboardCookie(ctx, req, res, CAMPAIGN_COOKIE, campaign.id);
    res.redirect(303, tiep ?? "/dashboard");
  });
  return router;
}
