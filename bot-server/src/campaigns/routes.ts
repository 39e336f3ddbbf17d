import { Router } from "express";
import { z } from "zod";
import { localDateOf, summariseCampaign, type CampaignList } from "@pks02/shared";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";

/** Public: the campaigns, with their days and where each stands today. */
export function campaignRoutes({ config, now }: AppContext): Router {
  const router = Router();
  router.get("/api/campaigns", (req, res) => {
    parseInput(z.strictObject({}), req.query);
    const moment = now();
    const { campaigns, defaultCampaign } = config.campaigns;
    const list: CampaignList = {
      campaigns: campaigns.map((c) => summariseCampaign(c, c.id === defaultCampaign.id, moment)),
      defaultCampaignId: defaultCampaign.id,
      today: localDateOf(moment),
    };
    res.set("Cache-Control", "no-cache").json(list);
  });
  return router;
}
