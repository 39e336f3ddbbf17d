import type { Commune } from "../communes/types";
import { evaluateQuota, type QuotaPolicy } from "../quota/quota";
import { summariseProgress } from "./summarise";
import type { CommuneProgress, MissingDays, ProgressReport } from "./types";

/** One commune's counts for one survey day, as the progress query returns them. */
export interface CommuneDayCounts {
  communeCode: string;
  /** The survey day, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  date: string;
  responses: number;
  /** Of those, identified only by a device id (ALLOW_DEVICE_IDS): unverified. */
  unverifiedResponses: number;
  /** The day's reported visitor count; null when none was reported. */
  visits: number | null;
  photos: number;
}

/** What the one progress query answers: the communes of a scope, the days asked, and their counts. */
export interface ProgressData {
  dates: readonly string[];
  communes: readonly Commune[];
  /** Only the (commune, day) pairs with a response, a count or a photo; the rest are zero. */
  days: readonly CommuneDayCounts[];
  /** The campaign's quota policy (default: DEFAULT_QUOTA_POLICY). */
  quota?: Partial<QuotaPolicy>;
}

function countsOf(data: ProgressData): Map<string, CommuneDayCounts> {
  return new Map(data.days.map((d) => [`${d.communeCode} ${d.date}`, d]));
}

function communeOver(
  commune: Commune,
  dates: readonly string[],
  counts: Map<string, CommuneDayCounts>,
  policy: Partial<QuotaPolicy> = {},
) {
  let responses = 0;
  let unverifiedResponses = 0;
  let visitsReported = 0;
  let daysReported = 0;
  for (const date of dates) {
    const day = counts.get(`${commune.code} ${date}`);
    responses += day?.responses ?? 0;
    unverifiedResponses += day?.unverifiedResponses ?? 0;
    if (day?.visits == null) continue;
    visitsReported += day.visits;
    daysReported += 1;
  }
  const visits = daysReported >= dates.length ? visitsReported : null;
  const progress: CommuneProgress = {
    code: commune.code,
    name: commune.name,
    districtCode: commune.districtCode,
    districtName: commune.districtName,
    responses,
    unverifiedResponses,
    visits,
    visitsReported,
    daysReported,
    quota: evaluateQuota({ visits, responses, days: dates.length }, policy),
  };
  return progress;
}

/**
 * Responses, visits and quota of every commune of the data over `dates` (default: all the data's days),
 * with district and totals; `dates` outside the data's count as days with nothing.
 */
export function progressOver(data: ProgressData, dates: readonly string[] = data.dates): ProgressReport {
  const counts = countsOf(data);
  const sorted = [...new Set(dates)].sort();
  return summariseProgress(
    sorted,
    data.communes.map((c) => communeOver(c, sorted, counts, data.quota)),
  );
}

/** The survey days of the data that have no visitor count, per commune (communes missing none are absent). */
export function missingVisitDays(data: ProgressData): MissingDays {
  const counts = countsOf(data);
  const missing = new Map<string, string[]>();
  for (const commune of data.communes) {
    const days = data.dates.filter((date) => counts.get(`${commune.code} ${date}`)?.visits == null);
    if (days.length > 0) missing.set(commune.code, days);
  }
  return missing;
}

/** The codes of the communes that sent at least one photo report on `date`. */
export function communesWithPhoto(data: ProgressData, date: string): Set<string> {
  return new Set(data.days.filter((d) => d.date === date && d.photos > 0).map((d) => d.communeCode));
}
