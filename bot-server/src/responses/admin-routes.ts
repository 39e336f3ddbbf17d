import { Router } from "express";
import { z } from "zod";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import { ZCampaignParam, campaignOf } from "../campaigns/resolve";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { purgeRespondentKeys } from "./purge-respondent-keys";

const ZPurgeBody = z.strictObject(ZCampaignParam);

/**
 * Admin: POST /api/admin/respondent-keys/purge `{campaign?}` — forget who answered a campaign (default: the
 * default one), once its window has closed.
 */
export function respondentKeyRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post("/api/admin/respondent-keys/purge", requireStaff(ctx.config), async (req, res) => {
    assertAdmin(staffOf(res));
    const { campaign } = parseInput(ZPurgeBody, req.body ?? {});
    res.json(await purgeRespondentKeys(ctx, campaignOf(ctx, campaign)));
  });
  return router;
}
