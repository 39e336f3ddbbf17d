import {
  allQuestions,
  isQuestionVisible,
  validateAnswers,
  type AnswerValue,
  type Question,
  type SurveyDefinition,
} from "@pks02/shared";

/** Answers being filled in: like `Answers`, but not yet validated. */
export type DraftAnswers = Record<string, AnswerValue>;

function isBlank(value: AnswerValue | undefined): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0) || value === "";
}

/**
 * Set one answer and drop the answers of questions that this hides, so what is kept is always what the
 * resident sees (the validator refuses answers to hidden questions).
 */
export function setAnswer(
  definition: SurveyDefinition,
  answers: DraftAnswers,
  questionId: string,
  value: AnswerValue | undefined,
): DraftAnswers {
  const next: DraftAnswers = { ...answers };
  if (isBlank(value)) delete next[questionId];
  else next[questionId] = value as AnswerValue;
  for (const question of allQuestions(definition)) {
    if (question.id in next && !isQuestionVisible(definition, question, next)) delete next[question.id];
  }
  return next;
}

/** Toggle one option of a multi-choice answer, keeping the values sorted. */
export function toggleChoice(current: AnswerValue | undefined, value: number, checked: boolean): number[] {
  const values = Array.isArray(current) ? current.filter((v) => v !== value) : [];
  return checked ? [...values, value].sort((a, b) => a - b) : values;
}

/** How an answer reads on the review screen, in the resident's words. */
export function answerText(question: Question, value: AnswerValue | undefined): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return "(chưa trả lời)";
  switch (question.type) {
    case "single_choice":
    case "scale":
      return question.options.find((o) => o.value === value)?.label ?? String(value);
    case "multi_choice": {
      const values = Array.isArray(value) ? value : [value];
      return values.map((v) => question.options.find((o) => o.value === v)?.label ?? String(v)).join("; ");
    }
    case "free_text":
      return String(value);
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

/**
 * Keep only the answers that still fit the definition (after a survey update or a stale draft): an answer the
 * validator objects to for any reason other than "required" is dropped.
 */
export function keepValidAnswers(
  definition: SurveyDefinition,
  answers: Record<string, unknown>,
): DraftAnswers {
  const result = validateAnswers(definition, answers);
  if (result.ok) return { ...(answers as DraftAnswers) };
  const bad = new Set(result.errors.filter((e) => e.code !== "REQUIRED").map((e) => e.questionId));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !bad.has(id))) as DraftAnswers;
}
