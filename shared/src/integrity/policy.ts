import { z } from "zod";

/**
 * Integrity signals: where a commune's responses may not be the residents' own. The plan asks residents to
 * answer themselves (volunteers only help with the phone); the quota catches too many or too few forms, these
 * signals catch how they were filled. Each is computed per commune and survey day and over the window, from
 * every stored response (excluded ones too: a decision never hides its own evidence), and compared with a
 * threshold of this policy. A commune (or commune-day) over any threshold is "cần xem xét", with the reason in
 * words. Nothing is excluded automatically: only a reviewer's decision "loại khỏi kết quả" removes a
 * commune-day's responses from the results.
 *
 * - **Speed**: the share of timed responses (a completion time is known) completed faster than a plausible
 *   minimum for the questions shown: `speed.baseSeconds` (reading the introduction) plus, for each question
 *   shown by the answers, `speed.secondsPerQuestion` of its kind (free text 0: it may be left empty). Flagged
 *   when the share exceeds `speed.maxShare`.
 * - **Bursts**: the most responses in one 5-minute span (from counters per commune and 5-minute bucket, kept
 *   apart from the answers) against the commune's own rate that day, its responses spread over the working
 *   hours' 5-minute spans. Flagged when the peak reaches `burst.minPeak` and is at least `burst.minRatio`
 *   times that rate. Over the window: the day with the highest ratio.
 * - **Sameness**: the share of straight-lined answer sets (C1–C10 all the same level, "Không rõ" included),
 *   flagged above `sameness.maxStraightShare`; the share of exact duplicates (a response whose every answer
 *   equals an earlier response's of the same commune; over the window, of any earlier day too), flagged above
 *   `sameness.maxDuplicateShare`.
 * - **Self-reported help**: the share of F6 answers "được hỗ trợ thao tác", flagged when above the province's
 *   median by more than `help.marginOverMedian`; the share of F5 answers "tại bộ phận một cửa", flagged when
 *   it differs from the province's median by more than `place.marginOverMedian` (either way: forms all
 *   "at the office" or all "at home" where others are mixed).
 * - **Out of hours**: the share received outside the office's working hours (`hours.open`–`hours.close`,
 *   local whole hours), flagged when above the province's median by more than `hours.marginOverMedian`
 *   (answering at home in the evening is allowed; only an unusual share is a signal).
 *
 * Shares are judged only with at least `minResponses` responses (answers, for F5/F6) in the unit: fewer say
 * nothing. Province medians are over the units judged at the same level (communes that day, or communes over
 * the window), across the whole province whatever the reader's scope.
 */
export const ZIntegrityPolicy = z
  .object({
    minResponses: z.number().int().min(1),
    speed: z.object({
      baseSeconds: z.number().int().min(0),
      secondsPerQuestion: z.object({
        single_choice: z.number().min(0),
        multi_choice: z.number().min(0),
        scale: z.number().min(0),
        free_text: z.number().min(0),
      }),
      maxShare: z.number().min(0).max(1),
    }),
    burst: z.object({ minPeak: z.number().int().min(1), minRatio: z.number().min(1) }),
    sameness: z.object({
      maxStraightShare: z.number().min(0).max(1),
      maxDuplicateShare: z.number().min(0).max(1),
    }),
    help: z.object({ marginOverMedian: z.number().min(0).max(1) }),
    place: z.object({ marginOverMedian: z.number().min(0).max(1) }),
    hours: z
      .object({
        open: z.number().int().min(0).max(23),
        close: z.number().int().min(1).max(24),
        marginOverMedian: z.number().min(0).max(1),
      })
      .refine((h) => h.open < h.close, "giờ mở cửa phải trước giờ đóng cửa"),
  })
  .strict();
export type IntegrityPolicy = z.infer<typeof ZIntegrityPolicy>;

/**
 * The defaults (a campaign may set its own). About 2 seconds to read and tap a short question is the floor
 * of a resident who reads at all: PKS 02 shows 22–23 questions, so 55–58 seconds, where the plan expects
 * about 5 minutes. All 5s on C1–C10 is a common honest answer, so straight-lining is flagged only when more
 * than half the forms do it.
 */
export const DEFAULT_INTEGRITY_POLICY: IntegrityPolicy = ZIntegrityPolicy.parse({
  minResponses: 10,
  speed: {
    baseSeconds: 10,
    secondsPerQuestion: { single_choice: 2, multi_choice: 3, scale: 2, free_text: 0 },
    maxShare: 0.2,
  },
  burst: { minPeak: 10, minRatio: 8 },
  sameness: { maxStraightShare: 0.5, maxDuplicateShare: 0.2 },
  help: { marginOverMedian: 0.3 },
  place: { marginOverMedian: 0.3 },
  hours: { open: 7, close: 17, marginOverMedian: 0.2 },
});

/**
 * What a campaign file may set of the policy: any threshold, each group partly (`{"speed": {"maxShare":
 * 0.3}}`); the rest keeps the defaults. Strict: a misspelt threshold is an error, not a silent default.
 */
export const ZIntegrityPolicySpec = z.strictObject({
  minResponses: z.number().optional(),
  speed: z
    .strictObject({
      baseSeconds: z.number().optional(),
      secondsPerQuestion: z
        .strictObject({
          single_choice: z.number().optional(),
          multi_choice: z.number().optional(),
          scale: z.number().optional(),
          free_text: z.number().optional(),
        })
        .optional(),
      maxShare: z.number().optional(),
    })
    .optional(),
  burst: z.strictObject({ minPeak: z.number().optional(), minRatio: z.number().optional() }).optional(),
  sameness: z
    .strictObject({ maxStraightShare: z.number().optional(), maxDuplicateShare: z.number().optional() })
    .optional(),
  help: z.strictObject({ marginOverMedian: z.number().optional() }).optional(),
  place: z.strictObject({ marginOverMedian: z.number().optional() }).optional(),
  hours: z
    .strictObject({
      open: z.number().optional(),
      close: z.number().optional(),
      marginOverMedian: z.number().optional(),
    })
    .optional(),
});
export type IntegrityPolicySpec = z.infer<typeof ZIntegrityPolicySpec>;

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function merged(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlain(current) && isPlain(value) ? merged(current, value) : value;
  }
  return out;
}

/** The defaults with a campaign's settings over them, unchecked: parse the result with ZIntegrityPolicy. */
export function withIntegritySettings(
  spec: IntegrityPolicySpec,
  base: IntegrityPolicy = DEFAULT_INTEGRITY_POLICY,
): unknown {
  return merged(base as unknown as Plain, spec as Plain);
}

/** How many 5-minute spans the office's working hours hold (the denominator of a commune's own rate). */
export function workingSpans(policy: IntegrityPolicy): number {
  return ((policy.hours.close - policy.hours.open) * 60) / 5;
}

/** The answers the help and place signals count: F6 "được hỗ trợ thao tác", F5 "tại bộ phận một cửa". */
export const HELPED_ANSWER = { questionId: "F6", value: 2 } as const;
export const AT_OFFICE_ANSWER = { questionId: "F5", value: 1 } as const;
/** The questions a straight-lined answer set gives one level: the criteria C1–C10. */
export const STRAIGHT_LINE_SECTION = "C";
