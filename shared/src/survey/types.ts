// zod/mini: the Mini App parses the survey it is sent with this schema (see api/resident.ts).
import * as z from "zod/mini";

/** One choice of a choice or scale question; `value` is what is stored. */
const ZOption = z.object({ value: z.number().check(z.int()), label: z.string().check(z.minLength(1)) });
export type Option = z.infer<typeof ZOption>;

/** Show a question only when an earlier single-choice/scale answer equals a value. */
const ZCondition = z.object({ questionId: z.string(), equals: z.number().check(z.int()) });

const base = {
  id: z.string().check(z.regex(/^[A-Z][0-9]+$/)),
  text: z.string().check(z.minLength(1)),
  required: z.boolean(),
  showIf: z.optional(ZCondition),
};

const positiveInt = () => z.number().check(z.int(), z.positive());

/** A question, discriminated on `type`. */
const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("single_choice"), options: z.array(ZOption).check(z.minLength(2)) }),
  z.object({
    ...base,
    type: z.literal("multi_choice"),
    options: z.array(ZOption).check(z.minLength(2)),
    maxSelect: positiveInt(),
  }),
  z.object({
    ...base,
    type: z.literal("scale"),
    scale: z.enum(["likert5", "likert5_plus_dontknow"]),
    options: z.array(ZOption).check(z.minLength(5)),
  }),
  z.object({ ...base, type: z.literal("free_text"), maxLength: positiveInt() }),
]);
export type Question = z.infer<typeof ZQuestion>;

const ZSection = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.optional(z.string()),
  questions: z.array(ZQuestion).check(z.minLength(1)),
});

/** Fields the system fills (commune from the QR code, date of answer); never asked. */
const ZHiddenField = z.object({
  id: z.string(),
  key: z.enum(["communeCode", "surveyDate"]),
  label: z.string(),
});

export const ZSurveyDefinition = z.object({
  id: z.string(),
  version: z.string().check(z.minLength(1)),
  title: z.string(),
  intro: z.string(),
  estimatedMinutes: positiveInt(),
  hiddenFields: z.array(ZHiddenField),
  sections: z.array(ZSection).check(z.minLength(1)),
});
export type SurveyDefinition = z.infer<typeof ZSurveyDefinition>;

/** An answer value: a choice's value, several values, or text. */
export type AnswerValue = number | number[] | string;
/** Answers by question id, as a client sends them (unchecked). */
export type RawAnswers = Record<string, unknown>;
/** Answers that passed `validateAnswers`: only visible, answered questions, text normalised. */
export type Answers = Record<string, AnswerValue>;
