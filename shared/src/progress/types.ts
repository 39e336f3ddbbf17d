import type { QuotaResult } from "../quota/quota";

// The progress report: what the server computes from its tables and the group bot's texts show.

/** One commune's responses, visits and quota over some survey days. */
export interface CommuneProgress {
  code: string;
  name: string;
  /** Null in a registry without districts. */
  districtCode: string | null;
  districtName: string | null;
  responses: number;
  /** Of those, responses identified only by a device id (ALLOW_DEVICE_IDS), not verified through Zalo. */
  unverifiedResponses: number;
  /** Reported visits over the counted days; null if any counted day has no count. */
  visits: number | null;
  /** Sum of the days that have a count. */
  visitsReported: number;
  /** How many of the counted days have a count. */
  daysReported: number;
  quota: QuotaResult;
}

/** Sums over a set of communes (a district's, or the report's). */
export interface ProgressTotals {
  communes: number;
  responses: number;
  /** Responses identified only by a device id, not verified through Zalo. */
  unverifiedResponses: number;
  /** Sum of the reported counts. */
  visits: number;
  communesOk: number;
  communesTooFew: number;
  communesTooMany: number;
  communesMissingVisits: number;
}

export interface DistrictProgress extends ProgressTotals {
  code: string;
  name: string;
}

export interface ProgressReport {
  dates: string[];
  communes: CommuneProgress[];
  /** Empty for a registry without districts. */
  districts: DistrictProgress[];
  /** Totals over the communes of this report (only one district's when filtered by district). */
  province: ProgressTotals;
}

/** Survey days with no visitor count, per commune code (only communes missing some). */
export type MissingDays = ReadonlyMap<string, readonly string[]>;
