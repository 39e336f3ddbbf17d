import { Router } from "express";
import { ZVisitInput, ZVisitPath, findCommune, isSurveyDay } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { assertDistrictAccess, reporterOf, requireStaff, staffOf, type Staff } from "../auth/require-staff";
import { INVALID_VISITS_MESSAGE, recordVisits } from "./record-visits";
import { listVisitCountChanges } from "./visits-repository";

/**
 * The commune and survey day of the path, if this staff may see that commune: 400 BAD_REQUEST for a
 * malformed code or date, 404 COMMUNE_NOT_FOUND, 403 FORBIDDEN, 400 DATE_OUTSIDE_WINDOW (GET and PUT alike).
 */
function communeDayOf(ctx: AppContext, params: unknown, staff: Staff) {
  const path = parseInput(ZVisitPath, params, "BAD_REQUEST");
  const commune = findCommune(path.code);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND", 404);
  assertDistrictAccess(staff, commune.districtCode);
  if (!isSurveyDay(ctx.config.surveyWindow, path.date)) throw new AppError("DATE_OUTSIDE_WINDOW", 400);
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
    const { commune, date } = communeDayOf(ctx, req.params, staffOf(res));
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
    const { commune, date } = communeDayOf(ctx, req.params, staff);
    const body = parseInput(ZVisitInput, req.body, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
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
