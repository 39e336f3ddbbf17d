import { Router } from "express";
import type { Campaign, RegistrationCodes } from "@pks02/shared";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import { ZCampaignQuery, campaignOf } from "../campaigns/resolve";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { loadRegistrationCodes } from "./registration-codes";

/** Every unit's and district's registration code for the campaign, in registry order. */
export async function registrationCodesOf(ctx: AppContext, campaign: Campaign): Promise<RegistrationCodes> {
  const codes = await loadRegistrationCodes(ctx.db, campaign.id);
  const codeOf = (key: string) => {
    const code = codes.get(key);
    if (!code) throw new Error(`no registration code for ${key} in ${campaign.id}`);
    return code;
  };
  return {
    campaignId: campaign.id,
    surveyId: campaign.form.id,
    communes: campaign.units.units.map((c) => ({
      code: c.code,
      name: c.name,
      districtCode: c.districtCode,
      registrationCode: codeOf(`commune:${c.code}`),
    })),
    districts: campaign.units.parents.map((d) => ({
      code: d.code,
      name: d.name,
      registrationCode: codeOf(`district:${d.code}`),
    })),
  };
}

/** Admin: GET /api/admin/registration-codes[?campaign=<id>] — for the QR kit's list given to task-team leaders. */
export function registrationCodeRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/admin/registration-codes", requireStaff(ctx.config), async (req, res) => {
    assertAdmin(staffOf(res));
    const campaign = campaignOf(ctx, parseInput(ZCampaignQuery, req.query).campaign);
    res.set("Cache-Control", "no-store").json(await registrationCodesOf(ctx, campaign));
  });
  return router;
}
