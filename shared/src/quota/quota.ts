/**
 * The quota policy for how many PKS 02 responses a commune should collect.
 *
 * The provincial plan says the number of responses must not be higher or lower than the number of visits
 * to the one-stop office during the survey days by more than 50% ("10 phiếu" for a typical office of
 * 20 visits), and that where visits are very many there must be at least 20 responses. We read that as:
 *
 * - lower bound = min(ceil(visits × (1 − toleranceRatio)), crowdedMinimumPerDay × days): half the visitors,
 *   except that a crowded office is satisfied with 20 responses a day rather than half of hundreds;
 * - upper bound = floor(visits × (1 + toleranceRatio)) + minToleranceForms: more responses than one and a
 *   half times the visitors suggests forms filled by people who did not visit. minToleranceForms = 0 is the
 *   strict reading; 10 gives the looser "50% or 10 forms" reading some districts use;
 * - a day with no visit count reported makes the commune `missing_visits`: its quota cannot be judged.
 */
export interface QuotaPolicy {
  toleranceRatio: number;
  crowdedMinimumPerDay: number;
  minToleranceForms: number;
}

export const DEFAULT_QUOTA_POLICY: QuotaPolicy = Object.freeze({
  toleranceRatio: 0.5,
  crowdedMinimumPerDay: 20,
  minToleranceForms: 0,
});

export interface QuotaInput {
  /** Visits reported for the counted days; null when any counted day has no count reported. */
  visits: number | null;
  /** Valid responses received on the counted days. */
  responses: number;
  /** How many survey days are counted (1 for one day, 3 for the whole window). */
  days: number;
}

export type QuotaStatus = "missing_visits" | "too_few" | "ok" | "too_many";

export interface QuotaResult {
  status: QuotaStatus;
  visits: number | null;
  responses: number;
  days: number;
  /** Fewest acceptable responses; null when visits are missing. */
  lowerBound: number | null;
  /** Most acceptable responses; null when visits are missing. */
  upperBound: number | null;
  /** Responses still needed to reach the lower bound (0 unless too_few). */
  missing: number;
  /** Responses above the upper bound (0 unless too_many). */
  excess: number;
}

/** Judge a commune's responses against its reported visits (pure; see the policy's reading above). */
export function evaluateQuota(input: QuotaInput, policy: Partial<QuotaPolicy> = {}): QuotaResult {
  const p = { ...DEFAULT_QUOTA_POLICY, ...policy };
  const { visits, responses, days } = input;
  if (visits === null) {
    return {
      status: "missing_visits",
      visits,
      responses,
      days,
      lowerBound: null,
      upperBound: null,
      missing: 0,
      excess: 0,
    };
  }
  // Rounding guards against 0.1-style float error (e.g. 30 × 0.7 = 20.999…).
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const lowerBound = Math.min(
    Math.ceil(round(visits * (1 - p.toleranceRatio))),
    p.crowdedMinimumPerDay * days,
  );
  const upperBound = Math.floor(round(visits * (1 + p.toleranceRatio))) + p.minToleranceForms;
  const missing = Math.max(0, lowerBound - responses);
  const excess = Math.max(0, responses - upperBound);
  const status: QuotaStatus = missing > 0 ? "too_few" : excess > 0 ? "too_many" : "ok";
  return { status, visits, responses, days, lowerBound, upperBound, missing, excess };
}
