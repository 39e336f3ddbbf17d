import type { Commune } from "../communes/types";
import type { SurveyDefinition } from "../survey/types";
import { evaluateQuota, type QuotaPolicy } from "../quota/quota";
import { communeMean, quotaMark } from "./areas";
import { commendationCandidates, topHelpers, type HelperDay, type ImplementationDay } from "./commendation";
import { wholeAreaTitle } from "../campaigns/units";
import { stripContacts } from "./comments";
import { unitFigures } from "./figures";
import { rankCommunes } from "./ranking";
import type {
  AreaResult,
  CommendationWeights,
  CommuneResult,
  Comment,
  ExcludedCommuneDay,
  IntegrityMark,
  ResultsReport,
} from "./schema";
import { emptyTally, mergeTallies, type Tally } from "./tally";

/** What the server read for one campaign and scope; every list is already limited to the scope. */
export interface ResultsInput {
  campaign: string;
  /** The campaign's form: its scale and choice questions are the figures. */
  form: SurveyDefinition;
  /** The registry's area ("Tỉnh Bắc Giang"), the name of the whole; null when the registry names none. */
  area: string | null;
  window: { start: string; end: string };
  days: string[];
  /** The communes in scope, in registry order, and the districts they belong to (none in a flat registry). */
  communes: readonly Commune[];
  districts: readonly { code: string; name: string }[];
  /** The campaign's quota policy (default: DEFAULT_QUOTA_POLICY). */
  quota?: Partial<QuotaPolicy>;
  /** The province pooled over every commune (a district token sees it as a yardstick). */
  provinceTally: Tally;
  tallies: ReadonlyMap<string, Tally>;
  /** Per commune: valid responses identified only by a device id (absent: none). */
  unverified: ReadonlyMap<string, number>;
  implementation: readonly ImplementationDay[];
  helperDays: readonly HelperDay[];
  comments: readonly Comment[];
  districtCode: string | null;
  options: { minSample: number; weights: CommendationWeights; candidates?: number };
  /** Integrity marks by commune and the excluded commune-days (none given: every commune clean). */
  integrity?: { communes: ReadonlyMap<string, IntegrityMark>; excludedCommuneDays: ExcludedCommuneDay[] };
}

const CLEAN: IntegrityMark = { review: false, reasons: [], excludedResponses: 0 };

function communeResult(input: ResultsInput, commune: Commune): CommuneResult {
  const tally = input.tallies.get(commune.code) ?? emptyTally();
  const own = input.implementation.filter((d) => d.communeCode === commune.code);
  const complete = own.filter((d) => d.visits !== null).length >= input.days.length;
  const visits = complete ? own.reduce((sum, d) => sum + (d.visits ?? 0), 0) : null;
  const quota = evaluateQuota({ visits, responses: tally.responses, days: input.days.length }, input.quota);
  const { code, name, districtCode, districtName } = commune;
  const integrity = input.integrity?.communes.get(commune.code) ?? CLEAN;
  return {
    code,
    name,
    districtCode,
    districtName,
    quota: quotaMark(quota),
    integrity,
    figures: unitFigures(tally, input.form),
    unverifiedResponses: input.unverified.get(commune.code) ?? 0,
  };
}

function areaResult(
  form: SurveyDefinition,
  area: { code: string; name: string },
  tally: Tally,
  communes: readonly CommuneResult[],
): AreaResult {
  return {
    code: area.code,
    name: area.name,
    communes: communes.length,
    pooled: unitFigures(tally, form),
    communeMean: communeMean(communes.map((c) => c.figures)),
  };
}

function rankingOf(scope: string, name: string, communes: readonly CommuneResult[], minSample: number) {
  const inputs = communes.map((c) => ({
    communeCode: c.code,
    communeName: c.name,
    districtCode: c.districtCode,
    districtName: c.districtName,
    responses: c.figures.responses,
    index: c.figures.index.value,
    interval: c.figures.index.interval,
    reference: c.quota.reference,
  }));
  return { scope, name, entries: rankCommunes(inputs, minSample) };
}

/** The whole's name when the registry names no area. */
const WHOLE_CAMPAIGN = "Toàn đợt khảo sát";

/** The whole results report from what the server read (pure: the same input gives the same report). */
export function assembleResults(input: ResultsInput, generatedAt: string): ResultsReport {
  const communes = input.communes.map((c) => communeResult(input, c));
  const tallyOf = (code: string) => input.tallies.get(code) ?? emptyTally();
  const districts = input.districts.map((d) => {
    const own = communes.filter((c) => c.districtCode === d.code);
    return areaResult(input.form, d, mergeTallies(own.map((c) => tallyOf(c.code))), own);
  });
  const { minSample, weights, candidates } = input.options;
  const whole = { code: "province", name: input.area ?? WHOLE_CAMPAIGN };
  const province = areaResult(input.form, whole, input.provinceTally, communes);
  return {
    campaign: input.campaign,
    window: input.window,
    generatedAt,
    minSample,
    districtCode: input.districtCode,
    // A district token sees its district's communes; the province's mean of communes would be theirs only.
    province: input.districtCode ? { ...province, communes: 0, communeMean: communeMean([]) } : province,
    districts,
    communes,
    unverifiedResponses: communes.reduce((sum, c) => sum + c.unverifiedResponses, 0),
    rankings: {
      province: input.districtCode ? null : rankingOf("province", wholeAreaTitle(input), communes, minSample),
      districts: input.districts.map((d) =>
        rankingOf(
          d.code,
          d.name,
          communes.filter((c) => c.districtCode === d.code),
          minSample,
        ),
      ),
    },
    commendation: {
      weights,
      candidates: commendationCandidates(
        input.communes.map((c) => ({ code: c.code, name: c.name, districtName: c.districtName })),
        input.implementation,
        input.days.length,
        { weights, count: candidates, quota: input.quota },
      ),
      helpers: topHelpers(input.helperDays),
    },
    comments: input.comments.map((c) => ({ ...c, text: stripContacts(c.text) })),
    integrity: {
      review: communes.filter((c) => c.integrity.review).length,
      excludedResponses: communes.reduce((sum, c) => sum + c.integrity.excludedResponses, 0),
      excludedCommuneDays: input.integrity?.excludedCommuneDays ?? [],
    },
  };
}
