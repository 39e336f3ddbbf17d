import { z } from "zod";

/** One choice of a choice or scale question; `value` is what is stored. */
const ZOption = z.object({ value: z.number().int(), label: z.string().min(1) });
export type Option = z.infer<typeof ZOption>;

/** Show a question only when an earlier single-choice/scale answer equals a value. */
const ZCondition = z.object({ questionId: z.string(), equals: z.number().int() });

const base = {
  id: z.string().regex(/^[A-Z][0-9]+$/),
  text: z.string().min(1),
  required: z.boolean(),
  showIf: ZCondition.optional(),
};

/** A question, discriminated on `type`. */
const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("single_choice"), options: z.array(ZOption).min(2) }),
  z.object({
    ...base,
    type: z.literal("multi_choice"),
    options: z.array(ZOption).min(2),
    maxSelect: z.number().int().positive(),
  }),
  z.object({
    ...base,
    type: z.literal("scale"),
    scale: z.enum(["likert5", "likert5_plus_dontknow"]),
    options: z.array(ZOption).min(5),
  }),
  z.object({ ...base, type: z.literal("free_text"), maxLength: z.number().int().positive() }),
]);
export type Question = z.infer<typeof ZQuestion>;

const ZSection = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string().optional(),
  questions: z.array(ZQuestion).min(1),
});

/** Fields the system fills (commune from the QR code, date of answer); never asked. */
const ZHiddenField = z.object({
  id: z.string(),
  key: z.enum(["communeCode", "surveyDate"]),
  label: z.string(),
});

export const ZSurveyDefinition = z.object({
  id: z.string(),
  version: z.string().min(1),
  title: z.string(),
  intro: z.string(),
  estimatedMinutes: z.number().int().positive(),
  hiddenFields: z.array(ZHiddenField),
  sections: z.array(ZSection).min(1),
});
export type SurveyDefinition = z.infer<typeof ZSurveyDefinition>;

/** An answer value: a choice's value, several values, or text. */
export type AnswerValue = number | number[] | string;
/** Answers by question id, as a client sends them (unchecked). */
export type RawAnswers = Record<string, unknown>;
/** Answers that passed `validateAnswers`: only visible, answered questions, text normalised. */
export type Answers = Record<string, AnswerValue>;
