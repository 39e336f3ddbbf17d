import {
  dayKey,
  emptyJudgement,
  judgeIntegrity,
  minimumSecondsRange,
  minimumTimeRule,
  type Campaign,
  type Commune,
  type IntegrityCommune,
  type IntegrityCounts,
  type IntegrityDay,
  type IntegrityJudgements,
  type IntegrityPolicy,
  type IntegrityReport,
  localDateOf,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { loadDecisions, type StoredDecision } from "./decisions-repository";
import { foldClosedBurstDays } from "./fold-bursts";
import { loadIntegrityCounts } from "./integrity-repository";
import { integrityPolicyFor } from "./policy-source";

export interface IntegrityQuery {
  /** null: the province; else one district's communes (the medians stay the province's). */
  districtCode: string | null;
  /** One survey day, or null: over the window. */
  date: string | null;
}

interface Read {
  policy: IntegrityPolicy;
  judged: IntegrityJudgements;
  counts: Map<string, IntegrityCounts>;
  decisions: Awaited<ReturnType<typeof loadDecisions>>;
}

const plain = ({ decision, note, decidedBy, decidedAt }: StoredDecision) => ({
  decision,
  note,
  decidedBy,
  decidedAt,
});

function dayOf(read: Read, code: string, date: string): IntegrityDay {
  const key = dayKey(code, date);
  const current = read.decisions.current.find((d) => d.communeCode === code && d.date === date);
  const history = read.decisions.history.filter((d) => d.communeCode === code && d.date === date);
  const judgement = read.judged.days.get(key) ?? emptyJudgement(read.policy);
  return { date, ...judgement, decision: current ? plain(current) : null, history: history.map(plain) };
}

function communeOf(read: Read, commune: Commune, date: string | null): IntegrityCommune {
  const own = (d: { communeCode: string }) => d.communeCode === commune.code;
  const dates = new Set([
    ...[...read.counts.values()].filter(own).map((c) => c.day),
    ...read.decisions.current.filter(own).map((d) => d.date),
  ]);
  const days = [...dates]
    .filter((d) => date === null || d === date)
    .sort()
    .map((d) => dayOf(read, commune.code, d));
  const judgement =
    (date === null
      ? read.judged.communes.get(commune.code)
      : read.judged.days.get(dayKey(commune.code, date))) ?? emptyJudgement(read.policy);
  const excludedResponses = days
    .filter((d) => d.decision?.decision === "excluded")
    .reduce((sum, d) => sum + (read.counts.get(dayKey(commune.code, d.date))?.responses ?? 0), 0);
  const { code, name, districtCode, districtName } = commune;
  return { code, name, districtCode, districtName, ...judgement, excludedResponses, days };
}

/**
 * The integrity signals of a campaign for the province or one district, on one day or over the window: two
 * queries (the counts of every commune-day, the decisions), judged by `judgeIntegrity` of `@pks02/shared`.
 */
export async function computeIntegrity(
  ctx: AppContext,
  campaign: Campaign,
  query: IntegrityQuery,
): Promise<IntegrityReport> {
  const policy = integrityPolicyFor(campaign);
  const rule = minimumTimeRule(campaign.form, policy);
  const minimumSeconds = minimumSecondsRange(rule);
  const surveyId = campaign.form.id;
  const scope = { campaignId: campaign.id, surveyId, form: campaign.form, days: campaign.window };
  // A closed day is read from its folded peak only, so its 5-minute spans go first (if the job has not yet).
  const today = localDateOf(ctx.now());
  if ((query.date ?? campaign.window.start) < today) await foldClosedBurstDays(ctx);
  const [rows, decisions] = await Promise.all([
    loadIntegrityCounts(ctx.db, scope, policy, rule),
    loadDecisions(ctx.db, surveyId),
  ]);
  const read: Read = {
    policy,
    judged: judgeIntegrity(rows, policy, minimumSeconds),
    counts: new Map(rows.map((r) => [dayKey(r.communeCode, r.day), r])),
    decisions,
  };
  const communes = campaign.units.units
    .filter((c) => query.districtCode === null || c.districtCode === query.districtCode)
    .map((c) => communeOf(read, c, query.date));
  const excludedDays = communes.flatMap((c) => c.days.filter((d) => d.decision?.decision === "excluded"));
  return {
    surveyId,
    window: campaign.window,
    date: query.date,
    districtCode: query.districtCode,
    policy,
    minimumSeconds,
    generatedAt: ctx.now().toISOString(),
    summary: {
      communes: communes.length,
      review: communes.filter((c) => c.review).length,
      excludedResponses: communes.reduce((sum, c) => sum + c.excludedResponses, 0),
      excludedCommuneDays: excludedDays.length,
    },
    communes,
  };
}
