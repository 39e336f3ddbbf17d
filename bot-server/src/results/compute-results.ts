import {
  DEFAULT_COMMENDATION_WEIGHTS,
  DEFAULT_MIN_SAMPLE,
  assembleResults,
  mergeTallies,
  talliesFromRows,
  windowDays,
  type Campaign,
  type CommendationWeights,
  type IntegrityReport,
  type ResultsReport,
} from "@pks02/shared";
import type { AppContext } from "../context";
import {
  loadComments,
  loadHelperDays,
  loadImplementationDays,
  loadProvinceResponseCount,
  loadResponseCounts,
  loadTallyRows,
} from "./results-repository";
import type { ResultsScope } from "./scope";
import { computeIntegrity } from "../integrity/compute-integrity";

export interface ResultsOptions {
  /** null: the whole province; a district code: that district only. */
  districtCode: string | null;
  minSample?: number;
  weights?: CommendationWeights;
  /** How many commendation candidates (3–5 asked for). */
  candidates?: number;
}

/** The responses and communes a campaign's results are about, for the province (null) or one district. */
export function resultsScope(campaign: Campaign, districtCode: string | null): ResultsScope {
  return {
    campaignId: campaign.id,
    surveyId: campaign.form.id,
    form: campaign.form,
    units: campaign.units,
    days: campaign.window,
    districtCode,
  };
}

/** The province's pooled tally: adding the communes' when every commune is in scope, else its own query. */
async function provinceTally(
  ctx: AppContext,
  scope: ResultsScope,
  communeTallies: ReturnType<typeof talliesFromRows>,
) {
  if (scope.districtCode === null) return mergeTallies([...communeTallies.values()]);
  const [responses, rows] = await Promise.all([
    loadProvinceResponseCount(ctx.db, scope),
    loadTallyRows(ctx.db, scope, { wholeProvince: true }),
  ]);
  return talliesFromRows(new Map([["province", responses]]), rows).get("province")!;
}

/** The integrity signals as the results show them: each commune's mark, the excluded commune-days. */
function integrityOfResults(report: IntegrityReport) {
  const communes = new Map(
    report.communes.map((c) => [
      c.code,
      { review: c.review, reasons: c.reasons, excludedResponses: c.excludedResponses },
    ]),
  );
  const excludedCommuneDays = report.communes.flatMap((c) =>
    c.days.flatMap((d) =>
      d.decision?.decision === "excluded"
        ? [
            {
              communeCode: c.code,
              communeName: c.name,
              date: d.date,
              responses: d.responses,
              note: d.decision.note,
              decidedBy: d.decision.decidedBy,
              decidedAt: d.decision.decidedAt,
            },
          ]
        : [],
    ),
  );
  return { communes, excludedCommuneDays };
}

/**
 * Every figure of a campaign's results for the province or one district: a handful of GROUP BY queries
 * (answers, days, helpers, comments), shaped by the pure functions of `@pks02/shared`.
 */
export async function computeResults(
  ctx: AppContext,
  campaign: Campaign,
  options: ResultsOptions,
): Promise<ResultsReport> {
  const scope = resultsScope(campaign, options.districtCode);
  const [counts, rows, implementation, helperDays, comments, integrity] = await Promise.all([
    loadResponseCounts(ctx.db, scope),
    loadTallyRows(ctx.db, scope),
    loadImplementationDays(ctx.db, scope),
    loadHelperDays(ctx.db, scope),
    loadComments(ctx.db, scope),
    computeIntegrity(ctx, campaign, { districtCode: options.districtCode, date: null }),
  ]);
  const tallies = talliesFromRows(counts.responses, rows);
  const inScope = (code: string | null) => options.districtCode === null || code === options.districtCode;
  return assembleResults(
    {
      campaign: campaign.id,
      form: campaign.form,
      area: campaign.units.area,
      window: campaign.window,
      days: windowDays(campaign.window),
      communes: campaign.units.units.filter((c) => inScope(c.districtCode)),
      districts: campaign.units.parents.filter((d) => inScope(d.code)),
      quota: campaign.quota,
      provinceTally: await provinceTally(ctx, scope, tallies),
      tallies,
      unverified: counts.unverified,
      implementation,
      helperDays,
      comments,
      integrity: integrityOfResults(integrity),
      districtCode: options.districtCode,
      options: {
        minSample: options.minSample ?? DEFAULT_MIN_SAMPLE,
        weights: options.weights ?? DEFAULT_COMMENDATION_WEIGHTS,
        candidates: options.candidates,
      },
    },
    ctx.now().toISOString(),
  );
}
