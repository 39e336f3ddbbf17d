import type { Question, SurveyDefinition } from "../survey/types";
import { allQuestions } from "../survey/visibility";
import type { IntegrityPolicy } from "./policy";

/** An answer a question's being shown depends on. */
export interface ShownWhen {
  questionId: string;
  equals: number;
}

/**
 * The plausible minimum completion time as data: `baseSeconds` for the introduction and every question always
 * shown, plus each conditional question's seconds when all its conditions hold. The server turns it into SQL;
 * `plausibleMinimumSeconds` evaluates it on one set of answers (the same rule, for tests and documentation).
 */
export interface MinimumTimeRule {
  baseSeconds: number;
  conditional: { questionId: string; seconds: number; when: ShownWhen[] }[];
}

/** The chain of conditions that shows a question (empty: always shown). */
function conditionsOf(definition: SurveyDefinition, question: Question): ShownWhen[] {
  const chain: ShownWhen[] = [];
  let condition = question.showIf;
  while (condition) {
    chain.push({ questionId: condition.questionId, equals: condition.equals });
    const parent = allQuestions(definition).find((q) => q.id === condition!.questionId);
    condition = parent?.showIf;
  }
  return chain;
}

/** The minimum-time rule of a survey definition under a policy's seconds per question. */
export function minimumTimeRule(definition: SurveyDefinition, policy: IntegrityPolicy): MinimumTimeRule {
  const rule: MinimumTimeRule = { baseSeconds: policy.speed.baseSeconds, conditional: [] };
  for (const question of allQuestions(definition)) {
    const seconds = policy.speed.secondsPerQuestion[question.type];
    const when = conditionsOf(definition, question);
    if (when.length === 0) rule.baseSeconds += seconds;
    else if (seconds > 0) rule.conditional.push({ questionId: question.id, seconds, when });
  }
  return rule;
}

/** The plausible minimum completion time, in seconds, for one set of answers (the questions they show). */
export function plausibleMinimumSeconds(rule: MinimumTimeRule, answers: Record<string, unknown>): number {
  const shown = rule.conditional.filter((c) => c.when.every((w) => answers[w.questionId] === w.equals));
  return shown.reduce((sum, c) => sum + c.seconds, rule.baseSeconds);
}

/** The lowest and highest plausible minimum (few questions shown, every question shown). */
export function minimumSecondsRange(rule: MinimumTimeRule): { low: number; high: number } {
  return { low: rule.baseSeconds, high: rule.conditional.reduce((s, c) => s + c.seconds, rule.baseSeconds) };
}
