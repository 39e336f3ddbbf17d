import { z } from "zod";
import { ZLocalDate } from "../window/window";
import { ZIntegrityPolicy } from "./policy";

// GET /api/reports/integrity and the decisions on commune-days: the server builds them, clients parse them.

export const INTEGRITY_SIGNALS = [
  "speed",
  "burst",
  "straight_lined",
  "duplicate",
  "help",
  "place",
  "out_of_hours",
] as const;
export const ZIntegritySignalKind = z.enum(INTEGRITY_SIGNALS);
export type IntegritySignalKind = z.infer<typeof ZIntegritySignalKind>;

/** Each signal's short name in Vietnamese (chart bars, table rows). */
export const INTEGRITY_SIGNAL_LABELS: Record<IntegritySignalKind, string> = {
  speed: "Hoàn thành quá nhanh",
  burst: "Dồn nhiều phiếu trong 5 phút",
  straight_lined: "Cùng một mức cho C1–C10",
  duplicate: "Phiếu trùng hệt nhau",
  help: "Nhiều phiếu được hỗ trợ",
  place: "Ít phiếu tại bộ phận một cửa",
  out_of_hours: "Gửi ngoài giờ làm việc",
};

/** One signal of one unit: `count` of `of` (a burst: the peak of the day's responses), against a yardstick. */
export const ZIntegritySignal = z.object({
  kind: ZIntegritySignalKind,
  count: z.number().int().nonnegative(),
  of: z.number().int().nonnegative(),
  /** count ÷ of; a burst: the peak ÷ the commune's own rate per 5 minutes. Null when there is nothing to divide. */
  share: z.number().nullable(),
  /** The province's median share (help, place, out of hours) or the commune's own rate (burst); else null. */
  yardstick: z.number().nullable(),
  /** false also when too few responses to judge. */
  flagged: z.boolean(),
  /** Why, in Vietnamese ("18/40 phiếu hoàn thành dưới 55 giây"), when flagged. */
  reason: z.string().nullable(),
});
export type IntegritySignal = z.infer<typeof ZIntegritySignal>;

/** The signals of a commune on a day or over the window. */
export const ZIntegrityJudgement = z.object({
  responses: z.number().int().nonnegative(),
  /** "cần xem xét": over at least one threshold. */
  review: z.boolean(),
  reasons: z.array(z.string()),
  signals: z.array(ZIntegritySignal),
});
export type IntegrityJudgement = z.infer<typeof ZIntegrityJudgement>;

export const ZIntegrityVerdict = z.enum(["valid", "excluded"]);
export type IntegrityVerdict = z.infer<typeof ZIntegrityVerdict>;

/** Words of a verdict, as the results and the dashboard show them. */
export const INTEGRITY_VERDICT_LABELS: Record<IntegrityVerdict, string> = {
  valid: "đã kiểm tra: hợp lệ",
  excluded: "loại khỏi kết quả",
};

/** PUT …/integrity/communes/:code/days/:date/decision (admin). */
export const ZIntegrityDecisionInput = z
  .object({
    decision: ZIntegrityVerdict,
    note: z.string().trim().min(1, "cần ghi chú lý do").max(1000, "ghi chú tối đa 1000 ký tự"),
  })
  .strict();
export type IntegrityDecisionInput = z.infer<typeof ZIntegrityDecisionInput>;

/** A reviewer's decision on a commune-day, with who made it and when. */
export const ZIntegrityDecision = z.object({
  decision: ZIntegrityVerdict,
  note: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type IntegrityDecision = z.infer<typeof ZIntegrityDecision>;

/** The reply to a decision: the one now in force, whether this request changed it, and every change. */
export const ZIntegrityDecisionRecord = z.object({
  communeCode: z.string(),
  date: ZLocalDate,
  changed: z.boolean(),
  current: ZIntegrityDecision,
  history: z.array(ZIntegrityDecision),
});
export type IntegrityDecisionRecord = z.infer<typeof ZIntegrityDecisionRecord>;

export const ZIntegrityDay = ZIntegrityJudgement.extend({
  date: ZLocalDate,
  decision: ZIntegrityDecision.nullable(),
  history: z.array(ZIntegrityDecision),
});
export type IntegrityDay = z.infer<typeof ZIntegrityDay>;

export const ZIntegrityCommune = ZIntegrityJudgement.extend({
  code: z.string(),
  name: z.string(),
  /** Null in a campaign whose registry has no districts. */
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  /** Responses of commune-days judged "loại khỏi kết quả". */
  excludedResponses: z.number().int().nonnegative(),
  /** The days with responses or a decision (the one asked for, with ?date=). */
  days: z.array(ZIntegrityDay),
});
export type IntegrityCommune = z.infer<typeof ZIntegrityCommune>;

export const ZIntegrityReport = z.object({
  surveyId: z.string(),
  window: z.object({ start: ZLocalDate, end: ZLocalDate }),
  /** The day asked for (the communes' signals are that day's), or null: over the window. */
  date: z.nullable(ZLocalDate),
  districtCode: z.string().nullable(),
  policy: ZIntegrityPolicy,
  /** The plausible minimum completion time, fewest and most questions shown. */
  minimumSeconds: z.object({ low: z.number(), high: z.number() }),
  generatedAt: z.string(),
  summary: z.object({
    communes: z.number().int().nonnegative(),
    review: z.number().int().nonnegative(),
    excludedResponses: z.number().int().nonnegative(),
    excludedCommuneDays: z.number().int().nonnegative(),
  }),
  communes: z.array(ZIntegrityCommune),
});
export type IntegrityReport = z.infer<typeof ZIntegrityReport>;
