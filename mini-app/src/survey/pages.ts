import {
  isQuestionVisible,
  validateAnswers,
  type AnswerError,
  type Question,
  type SurveyDefinition,
} from "@pks02/shared";

/** One screen of questions: a slice of one section. */
export interface SurveyPage {
  sectionId: string;
  sectionTitle: string;
  sectionIntro?: string;
  questions: Question[];
}

/** How many questions one screen holds: few enough to read on a small phone without losing one's place. */
const QUESTIONS_PER_PAGE = 3;

/**
 * Split the definition into screens of up to QUESTIONS_PER_PAGE questions, never across sections. Pages are
 * built from every question (not only visible ones) so a conditional question appears and disappears on
 * the same screen as the question it depends on.
 */
export function buildPages(definition: SurveyDefinition, perPage = QUESTIONS_PER_PAGE): SurveyPage[] {
  return definition.sections.flatMap((section) => {
    const pages: SurveyPage[] = [];
    for (let i = 0; i < section.questions.length; i += perPage) {
      pages.push({
        sectionId: section.id,
        sectionTitle: section.title,
        sectionIntro: i === 0 ? section.intro : undefined,
        questions: section.questions.slice(i, i + perPage),
      });
    }
    return pages;
  });
}

/** The questions of a page shown for these answers. */
export function visibleQuestionsOf(
  definition: SurveyDefinition,
  page: SurveyPage,
  answers: Record<string, unknown>,
): Question[] {
  return page.questions.filter((q) => isQuestionVisible(definition, q, answers));
}

/** Indexes of the pages with at least one visible question, in order. */
export function visiblePageIndexes(
  definition: SurveyDefinition,
  pages: SurveyPage[],
  answers: Record<string, unknown>,
): number[] {
  return pages.flatMap((page, index) =>
    visibleQuestionsOf(definition, page, answers).length > 0 ? [index] : [],
  );
}

/** The shared validator's errors for the visible questions of one page. */
export function pageErrors(
  definition: SurveyDefinition,
  page: SurveyPage,
  answers: Record<string, unknown>,
): AnswerError[] {
  const result = validateAnswers(definition, answers);
  if (result.ok) return [];
  const ids = new Set(visibleQuestionsOf(definition, page, answers).map((q) => q.id));
  return result.errors.filter((e) => ids.has(e.questionId));
}

/** The index of the first page holding an error, or -1. */
export function firstPageWithError(pages: SurveyPage[], errors: AnswerError[]): number {
  const ids = new Set(errors.map((e) => e.questionId));
  return pages.findIndex((page) => page.questions.some((q) => ids.has(q.id)));
}

/** The route of a page of questions, counted from 1 for people: /questions/1 is the page at index 0. */
export function questionsPath(pageIndex: number): string {
  return `/questions/${pageIndex + 1}`;
}

/** The page index named by a /questions/<page> route, or null when it names no page. */
export function pageIndexOfRoute(param: string | undefined, pageCount: number): number | null {
  const page = Number(param);
  return Number.isInteger(page) && page >= 1 && page <= pageCount ? page - 1 : null;
}

/** The page to show for a requested one: itself when shown, else the nearest shown page after it (or the first). */
export function shownPageIndex(visible: number[], requested: number): number {
  return visible.includes(requested) ? requested : (visible.find((i) => i > requested) ?? visible[0] ?? 0);
}

/**
 * The routes to open, in order, to continue at a saved page: every shown page up to it, so that Back from the
 * saved page goes to the page before it, as "Quay lại" does, and from the first page to the greeting.
 */
export function routesToPage(visible: number[], pageIndex: number): string[] {
  const target = shownPageIndex(visible, pageIndex);
  const before = visible.filter((i) => i < target);
  return [...before, target].map(questionsPath);
}
