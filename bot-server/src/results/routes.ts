import { Router } from "express";
import { z } from "zod";
import { ZCommendationWeights } from "@pks02/shared";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { requireStaff, staffOf } from "../auth/require-staff";
import { ZCampaignParam, campaignOf } from "../campaigns/resolve";
import { resultsScopeFor } from "./access";
import { computeResults, type ResultsOptions } from "./compute-results";

// "quota:0.4,visits:0.2,photos:0.2,helpers:0.2" — every weight named once.
const ZWeights = z
  .string()
  .regex(/^(\w+:\d+(\.\d+)?)(,\w+:\d+(\.\d+)?)*$/, "dạng quota:0.4,visits:0.2,photos:0.2,helpers:0.2")
  .transform((text) =>
    Object.fromEntries(
      text
        .split(",")
        .map((pair) => pair.split(":"))
        .map(([k, v]) => [k, Number(v)]),
    ),
  )
  .pipe(ZCommendationWeights.strict());

/** The query every results output takes (strict: a misspelt parameter is a 400, not silently ignored). */
export const ZResultsQuery = z
  .object({
    ...ZCampaignParam,
    minSample: z.coerce.number().int().min(1).max(10_000).optional(),
    weights: ZWeights.optional(),
    candidates: z.coerce.number().int().min(1).max(20).optional(),
  })
  .strict();

/** Parse a results query: the campaign it names (404 CAMPAIGN_NOT_FOUND) and the figures' options. */
export function parseResultsQuery(ctx: AppContext, query: unknown) {
  const { campaign: campaignId, ...figures } = parseInput(ZResultsQuery, query, "BAD_REQUEST");
  return { campaign: campaignOf(ctx, campaignId), figures };
}

/** Parse a results query and decide what the staff may see: the campaign and the options. */
export function resultsRequest(ctx: AppContext, staff: ReturnType<typeof staffOf>, query: unknown) {
  const { campaign, figures } = parseResultsQuery(ctx, query);
  const options: ResultsOptions = { ...figures, districtCode: resultsScopeFor(ctx, staff, campaign) };
  return { campaign, options };
}

/**
 * Staff only: GET /api/reports/results?campaign=&minSample=&weights=&candidates= — every figure per commune,
 * district and province, rankings and commendation candidates (schema ZResultsReport).
 */
export function resultsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/reports/results", requireStaff(ctx.config), async (req, res) => {
    const { campaign, options } = resultsRequest(ctx, staffOf(res), req.query);
    res.set("Cache-Control", "no-store").json(await computeResults(ctx, campaign, options));
  });
  return router;
}
