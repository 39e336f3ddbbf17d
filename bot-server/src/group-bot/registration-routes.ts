import { Router } from "express";
import { COMMUNES, DISTRICTS, PKS02_DEFINITION, type RegistrationCodes } from "@pks02/shared";
import { assertAdmin, requireStaff, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { loadRegistrationCodes } from "./registration-codes";

/** Every commune's and district's registration code for the survey, in registry order. */
export async function registrationCodesOf(ctx: AppContext, surveyId: string): Promise<RegistrationCodes> {
  const codes = await loadRegistrationCodes(ctx.db, surveyId);
  const codeOf = (key: string) => {
    const code = codes.get(key);
    if (!code) throw new Error(`no registration code for ${key}`);
    return code;
  };
  return {
    surveyId,
    communes: COMMUNES.map((c) => ({
      code: c.code,
      name: c.name,
      districtCode: c.districtCode,
      registrationCode: codeOf(`commune:${c.code}`),
    })),
    districts: DISTRICTS.map((d) => ({
      code: d.code,
      name: d.name,
      registrationCode: codeOf(`district:${d.code}`),
    })),
  };
}

/** Admin: GET /api/admin/registration-codes — for the QR kit's list given to task-team leaders. */
export function registrationCodeRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/admin/registration-codes", requireStaff(ctx.config), async (_req, res) => {
    assertAdmin(staffOf(res));
    res.set("Cache-Control", "no-store").json(await registrationCodesOf(ctx, PKS02_DEFINITION.id));
  });
  return router;
}
