import { Router } from "express";
import { z } from "zod";
import { ZDistrictCode, ZLocalDate } from "@pks02/shared";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { assertDistrictAccess, requireStaff, staffOf } from "../auth/require-staff";
import { computeProgress } from "./compute-progress";
import { ZCampaignParam, campaignOf } from "../campaigns/resolve";

// Strict: a misspelt parameter (?dat=…) is a 400, not silently the whole window's figures.
const ZProgressQuery = z
  .object({ date: z.optional(ZLocalDate), district: z.optional(ZDistrictCode), ...ZCampaignParam })
  .strict();

/**
 * Staff only: GET /api/progress?campaign=<id>&date=YYYY-MM-DD&district=213 — a campaign's (default: the
 * default one's) responses, visits and quota per commune with district and province totals. No date: the window's days so far. A district token sees only its
 * own district (and asking for another is 403).
 */
export function progressRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/progress", requireStaff(ctx.config), async (req, res) => {
    const staff = staffOf(res);
    const query = parseInput(ZProgressQuery, req.query, "BAD_REQUEST");
    const campaign = campaignOf(ctx, query.campaign);
    if (query.district) assertDistrictAccess(staff, query.district);
    const districtCode = staff.kind === "district" ? staff.districtCode : query.district;
    const report = await computeProgress(ctx, campaign, {
      dates: query.date ? [query.date] : undefined,
      districtCode,
    });
    res.set("Cache-Control", "no-store").json(report);
  });
  return router;
}
