import { Router } from "express";
import { ZVisitPath, type VisitDay } from "@pks02/shared";
import { ZCampaignQuery, campaignOf } from "../campaigns/resolve";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { reporterOf, requireStaff, scopeOf, staffOf } from "../auth/require-staff";
import { communeDayOf, recordVisits } from "./record-visits";
import { listVisitCountChanges } from "./visits-repository";

/**
 * Staff only. PUT /api/communes/:code/days/:date/visits?campaign=<id> — a commune's visitor count for one
 * survey day of a campaign (default: the default campaign);
 * GET on the same path — the current count and every change of it, oldest first. A malformed code or date
 * in the path is 400 BAD_REQUEST; then the checks of communeDayOf (GET and PUT alike).
 */
export function visitRoutes(ctx: AppContext): Router {
  const router = Router();
  const path = "/api/communes/:code/days/:date/visits";
  router.get(path, requireStaff(ctx.config), async (req, res) => {
    const { code, date } = parseInput(ZVisitPath, req.params, "BAD_REQUEST");
    const campaign = campaignOf(ctx, parseInput(ZCampaignQuery, req.query).campaign);
    const scope = scopeOf(staffOf(res));
    const { commune } = communeDayOf(ctx, { campaign, communeCode: code, date, scope });
    const history = await listVisitCountChanges(ctx.db, campaign.id, commune.code, date);
    const current = history.at(-1);
    const day: VisitDay = {
      communeCode: commune.code,
      date,
      visits: current?.visits ?? null,
      helpers: current?.helpers ?? [],
      history: history.map((change) => ({ ...change, changedAt: change.changedAt.toISOString() })),
    };
    res.set("Cache-Control", "no-store").json(day);
  });
  router.put(path, requireStaff(ctx.config), async (req, res) => {
    const staff = staffOf(res);
    const { code, date } = parseInput(ZVisitPath, req.params, "BAD_REQUEST");
    const campaign = campaignOf(ctx, parseInput(ZCampaignQuery, req.query).campaign);
    const body: { visits?: unknown; helpers?: unknown } = req.body ?? {};
    const recorded = await recordVisits(ctx, {
      campaign,
      communeCode: code,
      date,
      scope: scopeOf(staff),
      visits: body.visits,
      helpers: body.helpers,
      source: "api",
      reportedBy: reporterOf(staff),
    });
    res.json(recorded);
  });
  return router;
}
