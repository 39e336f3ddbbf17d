import { Router } from "express";
import { z } from "zod";
import { ZCommuneCode, ZDistrictCode, ZLocalDate, isSurveyDay, type Campaign } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { assertAdmin, assertDistrictAccess, requireStaff, staffOf, type Staff } from "../auth/require-staff";
import { ZCampaignParam, campaignOf } from "../campaigns/resolve";
import { computeIntegrity, type IntegrityQuery } from "./compute-integrity";
import { decideCommuneDay } from "./decide";

/** GET /api/reports/integrity's query (strict: a misspelt parameter is a 400). */
const ZIntegrityQuery = z
  .object({ date: z.optional(ZLocalDate), district: z.optional(ZDistrictCode), ...ZCampaignParam })
  .strict();

/**
 * Which signals a staff member asked for and may see: a district token its district only (another district
 * is 403), at any time (the signals hold counts, not scores); the date a survey day (400 DATE_OUTSIDE_WINDOW).
 */
export function integrityRequest(
  ctx: AppContext,
  staff: Staff,
  query: unknown,
): { campaign: Campaign; integrity: IntegrityQuery } {
  const { date, district, campaign: campaignId } = parseInput(ZIntegrityQuery, query, "BAD_REQUEST");
  const campaign = campaignOf(ctx, campaignId);
  if (district !== undefined && !campaign.units.findParent(district))
    throw new AppError("DISTRICT_NOT_FOUND");
  if (district !== undefined) assertDistrictAccess(staff, district);
  if (date !== undefined && !isSurveyDay(campaign.window, date)) throw new AppError("DATE_OUTSIDE_WINDOW");
  const districtCode = staff.kind === "district" ? staff.districtCode : (district ?? null);
  return { campaign, integrity: { districtCode, date: date ?? null } };
}

/**
 * Staff: GET /api/reports/integrity?date=&district=&campaign= — the integrity signals of every commune in
 * scope (schema ZIntegrityReport). Admin: PUT /api/reports/integrity/communes/:code/days/:date/decision
 * `{decision: "valid"|"excluded", note}` — a reviewer's decision on a flagged commune-day.
 */
export function integrityRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/reports/integrity", requireStaff(ctx.config), async (req, res) => {
    const { campaign, integrity } = integrityRequest(ctx, staffOf(res), req.query);
    res.set("Cache-Control", "no-store").json(await computeIntegrity(ctx, campaign, integrity));
  });
  router.put(
    "/api/reports/integrity/communes/:code/days/:date/decision",
    requireStaff(ctx.config),
    async (req, res) => {
      const staff = staffOf(res);
      assertAdmin(staff);
      const { code, date } = parseInput(z.object({ code: ZCommuneCode, date: ZLocalDate }), req.params);
      const { campaign: campaignId } = parseInput(z.strictObject(ZCampaignParam), req.query);
      const campaign = campaignOf(ctx, campaignId);
      res.json(await decideCommuneDay(ctx, staff, campaign, { communeCode: code, date, body: req.body }));
    },
  );
  return router;
}
