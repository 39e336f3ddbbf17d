import { z } from "zod";
import { ZLocalDate } from "../window/window";

// The results report (GET /api/reports/results): the server builds it from these types, clients parse it.

export const ZInterval = z.object({ low: z.number().min(0).max(1), high: z.number().min(0).max(1) });

/** One option of a question with how many chose it and its share of those who answered. */
export const ZOptionCount = z.object({
  value: z.number().int(),
  label: z.string(),
  count: z.number().int().nonnegative(),
  share: z.number().nullable(),
});

/** A 1–5 scale question: "Không rõ" (0) is counted apart and left out of the share and the mean. */
export const ZScaleFigure = z.object({
  questionId: z.string(),
  options: z.array(ZOptionCount),
  /** Answers 1–5. */
  answered: z.number().int().nonnegative(),
  /** "Không rõ / không có ý kiến" answers. */
  dontKnow: z.number().int().nonnegative(),
  /** Answers 4–5. */
  satisfied: z.number().int().nonnegative(),
  share: z.number().nullable(),
  mean: z.number().nullable(),
  interval: ZInterval.nullable(),
});
export type ScaleFigure = z.infer<typeof ZScaleFigure>;

/** A single- or multi-choice question: shares among those who answered it. */
export const ZChoiceFigure = z.object({
  questionId: z.string(),
  answered: z.number().int().nonnegative(),
  options: z.array(ZOptionCount),
});
export type ChoiceFigure = z.infer<typeof ZChoiceFigure>;

/** D1: asked for extra money. "Không muốn trả lời" is counted apart, like "Không rõ". */
export const ZExtraMoneyFigure = z.object({
  yes: z.number().int().nonnegative(),
  /** "Có" + "Không". */
  answered: z.number().int().nonnegative(),
  declined: z.number().int().nonnegative(),
  share: z.number().nullable(),
  interval: ZInterval.nullable(),
});
export type ExtraMoneyFigure = z.infer<typeof ZExtraMoneyFigure>;

/** The chairperson index: the mean of C1–C10's shares satisfied, with the mean of their Wilson bounds. */
export const ZChairpersonIndex = z.object({
  value: z.number().nullable(),
  interval: ZInterval.nullable(),
  /** How many of C1–C10 had answers 1–5. */
  criteria: z.number().int().nonnegative(),
});
export type ChairpersonIndex = z.infer<typeof ZChairpersonIndex>;

/** Every figure of one unit (a commune, or pooled over a district or the province). */
export const ZUnitFigures = z.object({
  responses: z.number().int().nonnegative(),
  index: ZChairpersonIndex,
  scales: z.array(ZScaleFigure),
  extraMoney: ZExtraMoneyFigure,
  choices: z.array(ZChoiceFigure),
});
export type UnitFigures = z.infer<typeof ZUnitFigures>;

/** The unweighted mean over communes (each commune counts once, whatever its number of answers). */
export const ZCommuneMean = z.object({
  /** Communes with at least one valid response. */
  communes: z.number().int().nonnegative(),
  index: z.number().nullable(),
  shares: z.record(z.string(), z.number().nullable()),
  extraMoneyShare: z.number().nullable(),
});
export type CommuneMean = z.infer<typeof ZCommuneMean>;

export const ZQuotaMark = z.object({
  status: z.enum(["missing_visits", "too_few", "ok", "too_many"]),
  /** Outside the quota: the figures are "tham khảo" (for reference), with the reason. */
  reference: z.boolean(),
  reason: z.string().nullable(),
});
export type QuotaMark = z.infer<typeof ZQuotaMark>;

/** The commune's integrity signals over the window ("cần xem xét" with the reasons) and what was excluded. */
export const ZIntegrityMark = z.object({
  review: z.boolean(),
  reasons: z.array(z.string()),
  /** Responses of commune-days a reviewer judged "loại khỏi kết quả" (not in `figures`). */
  excludedResponses: z.number().int().nonnegative(),
});
export type IntegrityMark = z.infer<typeof ZIntegrityMark>;

export const ZCommuneResult = z.object({
  code: z.string(),
  name: z.string(),
  /** Null in a campaign whose registry has no districts. */
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  quota: ZQuotaMark,
  integrity: ZIntegrityMark,
  figures: ZUnitFigures,
  /** Of its valid responses, those identified only by a device id (ALLOW_DEVICE_IDS): not verified at Zalo. */
  unverifiedResponses: z.number().int().nonnegative(),
});
export type CommuneResult = z.infer<typeof ZCommuneResult>;

export const ZAreaResult = z.object({
  code: z.string(),
  name: z.string(),
  communes: z.number().int().nonnegative(),
  pooled: ZUnitFigures,
  communeMean: ZCommuneMean,
});
export type AreaResult = z.infer<typeof ZAreaResult>;

export const ZRankingEntry = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  responses: z.number().int().nonnegative(),
  index: z.number().nullable(),
  interval: ZInterval.nullable(),
  /** ranked; insufficient_sample ("chưa đủ mẫu"); no_data (no C1–C10 answer). */
  status: z.enum(["ranked", "insufficient_sample", "no_data"]),
  /** 1 + the number of ranked communes with a strictly higher index (ties share a rank). */
  rank: z.number().int().positive().nullable(),
  /** Communes whose intervals overlap the one above share a band ("nhóm"). */
  band: z.number().int().positive().nullable(),
  reference: z.boolean(),
});
export type RankingEntry = z.infer<typeof ZRankingEntry>;

export const ZRanking = z.object({
  /** "province", or a district code. */
  scope: z.string(),
  name: z.string(),
  entries: z.array(ZRankingEntry),
});
export type Ranking = z.infer<typeof ZRanking>;

export const ZCommendationWeights = z.object({
  quota: z.number().min(0),
  visits: z.number().min(0),
  photos: z.number().min(0),
  helpers: z.number().min(0),
});
export type CommendationWeights = z.infer<typeof ZCommendationWeights>;

export const ZImplementationDays = z.object({
  quotaMet: z.number().int().nonnegative(),
  visitsReported: z.number().int().nonnegative(),
  photosSent: z.number().int().nonnegative(),
  helpersListed: z.number().int().nonnegative(),
});
export type ImplementationDays = z.infer<typeof ZImplementationDays>;

export const ZCommendationCandidate = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  districtName: z.string().nullable(),
  score: z.number(),
  responses: z.number().int().nonnegative(),
  days: ZImplementationDays,
  totalDays: z.number().int().nonnegative(),
  reasons: z.array(z.string()),
});
export type CommendationCandidate = z.infer<typeof ZCommendationCandidate>;

export const ZHelperService = z.object({
  name: z.string(),
  role: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  days: z.number().int().positive(),
});
export type HelperService = z.infer<typeof ZHelperService>;

export const ZCommendation = z.object({
  weights: ZCommendationWeights,
  candidates: z.array(ZCommendationCandidate),
  helpers: z.array(ZHelperService),
});
export type Commendation = z.infer<typeof ZCommendation>;

/** A resident's answer to one of the form's free-text questions (E4 in PKS 02), contacts stripped. */
export const ZComment = z.object({ communeCode: z.string(), questionId: z.string(), text: z.string() });
export type Comment = z.infer<typeof ZComment>;

/** A commune-day left out of the results by a reviewer's decision. */
export const ZExcludedCommuneDay = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  date: ZLocalDate,
  responses: z.number().int().nonnegative(),
  note: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type ExcludedCommuneDay = z.infer<typeof ZExcludedCommuneDay>;

export const ZResultsIntegrity = z.object({
  /** Communes "cần xem xét" over the window (in scope). */
  review: z.number().int().nonnegative(),
  excludedResponses: z.number().int().nonnegative(),
  excludedCommuneDays: z.array(ZExcludedCommuneDay),
});
export type ResultsIntegrity = z.infer<typeof ZResultsIntegrity>;

export const ZResultsReport = z.object({
  campaign: z.string(),
  window: z.object({ start: ZLocalDate, end: ZLocalDate }),
  generatedAt: z.string(),
  minSample: z.number().int().positive(),
  /** null: the whole province; a district code: what a district token sees. */
  districtCode: z.string().nullable(),
  province: ZAreaResult,
  districts: z.array(ZAreaResult),
  communes: z.array(ZCommuneResult),
  /** Valid responses in scope identified only by a device id; every report says so when there are any. */
  unverifiedResponses: z.number().int().nonnegative(),
  rankings: z.object({ province: ZRanking.nullable(), districts: z.array(ZRanking) }),
  commendation: ZCommendation,
  comments: z.array(ZComment),
  integrity: ZResultsIntegrity,
});
export type ResultsReport = z.infer<typeof ZResultsReport>;
