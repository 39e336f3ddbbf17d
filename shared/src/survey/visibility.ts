import type { Question, SurveyDefinition } from "./types";

/** Every question of the definition in order. */
export function allQuestions(definition: SurveyDefinition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

/**
 * Whether a question is shown given the answers so far. A question whose condition refers to a hidden
 * question is hidden too, so chains of conditions collapse correctly.
 */
export function isQuestionVisible(
  definition: SurveyDefinition,
  question: Question,
  answers: Record<string, unknown>,
): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  const parent = allQuestions(definition).find((q) => q.id === condition.questionId);
  if (!parent || !isQuestionVisible(definition, parent, answers)) return false;
  return answers[condition.questionId] === condition.equals;
}

/** The ids of the questions shown for these answers, in order. */
export function visibleQuestionIds(definition: SurveyDefinition, answers: Record<string, unknown>): string[] {
  return allQuestions(definition)
    .filter((q) => isQuestionVisible(definition, q, answers))
    .map((q) => q.id);
}
