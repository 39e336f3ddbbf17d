import { Router } from "express";
import { ZVisitInput, ZVisitPath, findCommune } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { assertDistrictAccess, reporterOf, requireStaff, staffOf, type Staff } from "../auth/require-staff";
import { recordVisits } from "./record-visits";
import { listVisitCountChanges } from "./visits-repository";

/** The commune and day of the path, if this staff may see that commune (404 / 403 otherwise). */
function communeDayOf(params: unknown, staff: Staff) {
  const path = parseInput(ZVisitPath, params, "BAD_REQUEST");
  const commune = findCommune(path.code);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND", 404);
  assertDistrictAccess(staff, commune.districtCode);
  return { commune, date: path.date };
}

/**
 * Staff only. PUT /api/communes/:code/days/:date/visits — a commune's visitor count for one survey day;
 * GET on the same path — the current count and every change of it, oldest first.
 */
export function visitRoutes(ctx: AppContext): Router {
  const router = Router();
  const path = "/api/communes/:code/days/:date/visits";
  router.get(path, requireStaff(ctx.config), async (req, res) => {
    const { commune, date } = communeDayOf(req.params, staffOf(res));
    const history = await listVisitCountChanges(ctx.db, commune.code, date);
    const current = history.at(-1);
    res.set("Cache-Control", "no-store").json({
      communeCode: commune.code,
      date,
      visits: current?.visits ?? null,
      helpers: current?.helpers ?? [],
      history,
    });
  });
  router.put(path, requireStaff(ctx.config), async (req, res) => {
    const staff = staffOf(res);
    const { commune, date } = communeDayOf(req.params, staff);
    const body = parseInput(ZVisitInput, req.body, "VALIDATION_FAILED");
    const recorded = await recordVisits(ctx, {
      communeCode: commune.code,
      date,
      visits: body.visits,
      helpers: body.helpers,
      source: "api",
      reportedBy: reporterOf(staff),
    });
    res.json(recorded);
  });
  return router;
}
