import { Router } from "express";
import { windowPhase, localDateOf, ZCommuneCode, type CommuneInfo, type SurveyInfo } from "@pks02/shared";
import { AppError, parseInput } from "../http/errors";
import type { AppContext } from "../context";
import { ZCampaignQuery, campaignOf } from "../campaigns/resolve";

/**
 * Public, read-only: a campaign's form with its window, and one unit of its registry by code. Without
 * `?campaign=` both answer for the default campaign (old clients and printed QR codes keep working).
 */
export function surveyRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/survey", (req, res) => {
    const campaign = campaignOf(ctx, parseInput(ZCampaignQuery, req.query).campaign);
    const moment = ctx.now();
    const survey: SurveyInfo = {
      campaign: { id: campaign.id, title: campaign.title },
      definition: campaign.form,
      window: campaign.window,
      phase: windowPhase(campaign.window, moment),
      today: localDateOf(moment),
    };
    res.set("Cache-Control", "no-cache").json(survey);
  });
  router.get("/api/communes/:code", (req, res) => {
    const campaign = campaignOf(ctx, parseInput(ZCampaignQuery, req.query).campaign);
    // Exactly five digits: the registry's lookup forgives spaces (typed commands), a URL need not.
    const requested = String(req.params.code);
    const commune = ZCommuneCode.safeParse(requested).success ? campaign.units.find(requested) : undefined;
    if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
    const { code, name, districtCode, districtName } = commune;
    const reply: CommuneInfo = { code, name, districtCode, districtName };
    res.set("Cache-Control", "public, max-age=3600").json(reply);
  });
  return router;
}
