import type { Question, SurveyDefinition } from "./types";

// A definition is read-only data: its questions are listed (and indexed) once, not at every check of a form.
const listed = new WeakMap<
  SurveyDefinition,
  { questions: readonly Question[]; byId: Map<string, Question> }
>();

function listOf(definition: SurveyDefinition) {
  let list = listed.get(definition);
  if (!list) {
    const questions = definition.sections.flatMap((section) => section.questions);
    list = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
    listed.set(definition, list);
  }
  return list;
}

/** Every question of the definition in order. */
export function allQuestions(definition: SurveyDefinition): readonly Question[] {
  return listOf(definition).questions;
}

/** The form's free-text questions in order (PKS 02: E4), whose answers the results give as comments. */
export function freeTextQuestions(definition: SurveyDefinition): readonly Question[] {
  return allQuestions(definition).filter((q) => q.type === "free_text");
}

/** Whether the form asks this question (e.g. D1, which not every campaign's form has). */
export function asksQuestion(definition: SurveyDefinition, questionId: string): boolean {
  return listOf(definition).byId.has(questionId);
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
  const parent = listOf(definition).byId.get(condition.questionId);
  if (!parent || !isQuestionVisible(definition, parent, answers)) return false;
  return answers[condition.questionId] === condition.equals;
}

/** The ids of the questions shown for these answers, in order. */
export function visibleQuestionIds(definition: SurveyDefinition, answers: Record<string, unknown>): string[] {
  return allQuestions(definition)
    .filter((q) => isQuestionVisible(definition, q, answers))
    .map((q) => q.id);
}
