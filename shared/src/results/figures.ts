import { PKS02_DEFINITION } from "../survey/pks02";
import type { Option, Question, SurveyDefinition } from "../survey/types";
import type { ChairpersonIndex, ChoiceFigure, ExtraMoneyFigure, ScaleFigure, UnitFigures } from "./schema";
import { meanOf, shareOf, wilsonInterval } from "./stats";
import { countOf, type Tally } from "./tally";

/** "Không rõ / không có ý kiến" on a scale; the share and mean are over 1–5 only. */
export const DONT_KNOW = 0;
/** D1's options: "Có" (asked for extra money), "Không", "Không muốn trả lời" (counted apart). */
export const EXTRA_MONEY = { questionId: "D1", yes: 1, no: 2, declined: 9 } as const;
/** The section whose scale questions make the chairperson index (C1–C10). */
export const INDEX_SECTION = "C";

type ScaleQuestion = Extract<Question, { type: "scale" }>;
type ChoiceQuestion = Extract<Question, { type: "single_choice" | "multi_choice" }>;

const allQuestions = (definition: SurveyDefinition) => definition.sections.flatMap((s) => s.questions);

/** The scale questions (C1–C10, E1), in form order. */
export function scaleQuestions(definition: SurveyDefinition = PKS02_DEFINITION): ScaleQuestion[] {
  return allQuestions(definition).filter((q): q is ScaleQuestion => q.type === "scale");
}

/** The ids of the criteria of the chairperson index (C1–C10). */
export function indexCriteria(definition: SurveyDefinition = PKS02_DEFINITION): string[] {
  const section = definition.sections.find((s) => s.id === INDEX_SECTION);
  return (section?.questions ?? []).filter((q) => q.type === "scale").map((q) => q.id);
}

/** The choice questions reported as distributions (B1, B2, B3, E2, E3, F1–F6; D1 has its own figure). */
export function choiceQuestions(definition: SurveyDefinition = PKS02_DEFINITION): ChoiceQuestion[] {
  return allQuestions(definition).filter(
    (q): q is ChoiceQuestion =>
      (q.type === "single_choice" || q.type === "multi_choice") && q.id !== EXTRA_MONEY.questionId,
  );
}

function optionCounts(tally: Tally, questionId: string, options: Option[], denominator: number) {
  return options.map((o) => {
    const count = countOf(tally, questionId, o.value);
    return {
      value: o.value,
      label: o.label,
      count,
      share: o.value === DONT_KNOW ? null : shareOf(count, denominator),
    };
  });
}

/** Shares satisfied (4–5 among 1–5), the mean (1–5) and the Wilson interval of one scale question. */
export function scaleFigure(tally: Tally, question: ScaleQuestion): ScaleFigure {
  const levels = [1, 2, 3, 4, 5];
  const answered = levels.reduce((sum, v) => sum + countOf(tally, question.id, v), 0);
  const satisfied = countOf(tally, question.id, 4) + countOf(tally, question.id, 5);
  const total = levels.reduce((sum, v) => sum + v * countOf(tally, question.id, v), 0);
  return {
    questionId: question.id,
    options: optionCounts(tally, question.id, question.options, answered),
    answered,
    dontKnow: countOf(tally, question.id, DONT_KNOW),
    satisfied,
    share: shareOf(satisfied, answered),
    mean: shareOf(total, answered),
    interval: wilsonInterval(satisfied, answered),
  };
}

/** A choice question's distribution among the responses that answered it. */
export function choiceFigure(tally: Tally, question: ChoiceQuestion): ChoiceFigure {
  const answered = tally.answered[question.id] ?? 0;
  return {
    questionId: question.id,
    answered,
    options: optionCounts(tally, question.id, question.options, answered),
  };
}

/** D1: the share of "Có" among "Có" + "Không", with its interval; "Không muốn trả lời" apart. */
export function extraMoneyFigure(tally: Tally): ExtraMoneyFigure {
  const yes = countOf(tally, EXTRA_MONEY.questionId, EXTRA_MONEY.yes);
  const answered = yes + countOf(tally, EXTRA_MONEY.questionId, EXTRA_MONEY.no);
  return {
    yes,
    answered,
    declined: countOf(tally, EXTRA_MONEY.questionId, EXTRA_MONEY.declined),
    share: shareOf(yes, answered),
    interval: wilsonInterval(yes, answered),
  };
}

/**
 * The chairperson index: the mean of the criteria's shares satisfied. Its interval is the mean of their Wilson
 * bounds: the criteria are answered by the same people and move together, and this is the interval they would
 * have if they moved exactly together — wider than assuming independence, so it never overstates precision.
 */
export function chairpersonIndex(
  scales: readonly ScaleFigure[],
  criteria: readonly string[],
): ChairpersonIndex {
  const used = scales.filter((s) => criteria.includes(s.questionId) && s.interval !== null);
  const value = meanOf(used.map((s) => s.share));
  if (value === null) return { value: null, interval: null, criteria: 0 };
  const low = meanOf(used.map((s) => s.interval!.low)) ?? 0;
  const high = meanOf(used.map((s) => s.interval!.high)) ?? 0;
  return { value, interval: { low, high }, criteria: used.length };
}

/** Every figure of one unit from its tally. */
export function unitFigures(tally: Tally, definition: SurveyDefinition = PKS02_DEFINITION): UnitFigures {
  const scales = scaleQuestions(definition).map((q) => scaleFigure(tally, q));
  return {
    responses: tally.responses,
    index: chairpersonIndex(scales, indexCriteria(definition)),
    scales,
    extraMoney: extraMoneyFigure(tally),
    choices: choiceQuestions(definition).map((q) => choiceFigure(tally, q)),
  };
}
