import { evaluateQuota, type QuotaPolicy } from "../quota/quota";
import type { CommendationCandidate, CommendationWeights, HelperService, ImplementationDays } from "./schema";

/**
 * How implementation is scored for commendation: each item is the share of survey days it was done, weighted.
 * Meeting the day's quota weighs most because it is the survey's purpose; reporting the visitor count, sending
 * the photo report and listing the helpers are the three daily duties of the task team.
 */
export const DEFAULT_COMMENDATION_WEIGHTS: CommendationWeights = Object.freeze({
  quota: 0.4,
  visits: 0.2,
  photos: 0.2,
  helpers: 0.2,
});
export const DEFAULT_CANDIDATE_COUNT = 5;
export const DEFAULT_HELPER_COUNT = 10;

/** One commune's survey day as the server reads it. */
export interface ImplementationDay {
  communeCode: string;
  day: string;
  responses: number;
  /** The day's reported visitor count; null when not reported. */
  visits: number | null;
  photos: number;
  helpers: number;
}

export interface CommuneIdentity {
  code: string;
  name: string;
  /** Null in a registry without districts. */
  districtName: string | null;
}

/** The days each duty was done, from a commune's days (days without a row did nothing). */
export function implementationDays(
  days: readonly ImplementationDay[],
  quota: Partial<QuotaPolicy> = {},
): ImplementationDays {
  const quotaMet = days.filter(
    (d) =>
      d.visits !== null &&
      evaluateQuota({ visits: d.visits, responses: d.responses, days: 1 }, quota).status === "ok",
  ).length;
  return {
    quotaMet,
    visitsReported: days.filter((d) => d.visits !== null).length,
    photosSent: days.filter((d) => d.photos > 0).length,
    helpersListed: days.filter((d) => d.helpers > 0).length,
  };
}

function reasonsOf(days: ImplementationDays, totalDays: number): string[] {
  return [
    `Đạt định mức phiếu ${days.quotaMet}/${totalDays} ngày`,
    `Báo cáo lượt công dân đến ${days.visitsReported}/${totalDays} ngày`,
    `Gửi ảnh báo cáo ${days.photosSent}/${totalDays} ngày`,
    `Có danh sách người hỗ trợ ${days.helpersListed}/${totalDays} ngày`,
  ];
}

/**
 * The communes that carried out the survey best (not the best-rated chairpersons): by the weighted score of
 * implementationDays, then more responses, then code. A short list for people to decide on.
 */
export function commendationCandidates(
  communes: readonly CommuneIdentity[],
  days: readonly ImplementationDay[],
  totalDays: number,
  options: { weights?: CommendationWeights; count?: number; quota?: Partial<QuotaPolicy> } = {},
): CommendationCandidate[] {
  const w = options.weights ?? DEFAULT_COMMENDATION_WEIGHTS;
  const scored = communes.map((c): CommendationCandidate => {
    const own = days.filter((d) => d.communeCode === c.code);
    const done = implementationDays(own, options.quota);
    const part = (n: number) => (totalDays > 0 ? n / totalDays : 0);
    const score =
      w.quota * part(done.quotaMet) +
      w.visits * part(done.visitsReported) +
      w.photos * part(done.photosSent) +
      w.helpers * part(done.helpersListed);
    const responses = own.reduce((sum, d) => sum + d.responses, 0);
    const base = { communeCode: c.code, communeName: c.name, districtName: c.districtName };
    return { ...base, score, responses, days: done, totalDays, reasons: reasonsOf(done, totalDays) };
  });
  return scored
    .filter((c) => c.score > 0)
    .sort(
      (a, b) => b.score - a.score || b.responses - a.responses || a.communeCode.localeCompare(b.communeCode),
    )
    .slice(0, options.count ?? DEFAULT_CANDIDATE_COUNT);
}

/** One helper listed for a commune's day. */
export interface HelperDay {
  communeCode: string;
  communeName: string;
  day: string;
  name: string;
  role: string;
}

/**
 * The helpers who served the most days (the same name in the same commune is one person; case and spacing
 * ignored), most days first, then by name; everyone tied with the last place is kept.
 */
export function topHelpers(
  helperDays: readonly HelperDay[],
  count: number = DEFAULT_HELPER_COUNT,
): HelperService[] {
  const people = new Map<string, HelperService & { seen: Set<string> }>();
  for (const h of helperDays) {
    const key = `${h.communeCode}|${h.name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")}`;
    const person = people.get(key) ?? { ...h, days: 0, seen: new Set<string>() };
    person.seen.add(h.day);
    person.days = person.seen.size;
    people.set(key, person);
  }
  const sorted = [...people.values()].sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, "vi"));
  const cut = sorted[count - 1]?.days ?? 0;
  return sorted
    .filter((p, i) => i < count || p.days === cut)
    .map(({ name, role, communeCode, communeName, days }) => ({
      name,
      role,
      communeCode,
      communeName,
      days,
    }));
}
