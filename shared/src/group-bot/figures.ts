import type { QuotaResult } from "../quota/quota";

/** One commune's figures over some survey days (the shape the server's progress report gives). */
export interface CommuneFigures {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  responses: number;
  visits: number | null;
  /** Sum of the days that have a count, and how many days have one. */
  visitsReported: number;
  daysReported: number;
  quota: QuotaResult;
}

export interface TotalsFigures {
  communes: number;
  responses: number;
  visits: number;
  communesOk: number;
  communesTooFew: number;
  communesTooMany: number;
  communesMissingVisits: number;
}

export interface DistrictFigures extends TotalsFigures {
  code: string;
  name: string;
}

export interface ProgressFigures {
  dates: string[];
  communes: CommuneFigures[];
  districts: DistrictFigures[];
  province: TotalsFigures;
}

/** A survey day with its place in the window. */
export interface SurveyDayRef {
  date: string;
  dayNumber: number;
  dayCount: number;
}
