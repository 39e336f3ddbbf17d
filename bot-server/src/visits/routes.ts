import { Router } from "express";
import { ZVisitInput, ZVisitPath, findCommune } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { assertDistrictAccess, reporterOf, requireStaff, staffOf } from "../auth/require-staff";
import { recordVisits } from "./record-visits";

/** Staff only: PUT /api/communes/:code/days/:date/visits — a commune's visitor count for one survey day. */
export function visitRoutes(ctx: AppContext): Router {
  const router = Router();
  router.put("/api/communes/:code/days/:date/visits", requireStaff(ctx.config), async (req, res) => {
    const staff = staffOf(res);
    const path = parseInput(ZVisitPath, req.params, "BAD_REQUEST");
    const commune = findCommune(path.code);
    if (!commune) throw new AppError("COMMUNE_NOT_FOUND", 404);
    assertDistrictAccess(staff, commune.districtCode);
    const body = parseInput(ZVisitInput, req.body, "VALIDATION_FAILED");
    const recorded = await recordVisits(ctx, {
      communeCode: commune.code,
      date: path.date,
      visits: body.visits,
      helpers: body.helpers,
      source: "api",
      reportedBy: reporterOf(staff),
    });
    res.json(recorded);
  });
  return router;
}
