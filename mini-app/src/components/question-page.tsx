import { allQuestions, isQuestionVisible, type AnswerValue, type SurveyDefinition } from "@pks02/shared";
import type { DraftAnswers } from "../survey/answers";
import { visibleQuestionsOf, type SurveyPage } from "../survey/pages";
import { QuestionField } from "./question-field";

export interface QuestionPageProps {
  definition: SurveyDefinition;
  page: SurveyPage;
  answers: DraftAnswers;
  /** Validator messages by question id, for the questions whose errors should show now. */
  errors: Record<string, string>;
  onAnswer: (questionId: string, value: AnswerValue | undefined) => void;
}

/**
 * The number each shown question has (1-based), counting only the questions shown for these answers: a hidden
 * question leaves no gap ("Câu 1" then "Câu 3" made residents look for the missing question 2).
 */
export function questionNumbers(
  definition: SurveyDefinition,
  answers: Record<string, unknown>,
): Record<string, number> {
  const shown = allQuestions(definition).filter((q) => isQuestionVisible(definition, q, answers));
  return Object.fromEntries(shown.map((q, index) => [q.id, index + 1]));
}

/** One screen of questions; conditional questions appear and disappear as answers change. */
export function QuestionPage({ definition, page, answers, errors, onAnswer }: QuestionPageProps) {
  const numbers = questionNumbers(definition, answers);
  return (
    <section className="q-page" aria-labelledby={`section-${page.sectionId}`}>
      <h2 id={`section-${page.sectionId}`} className="section-title">
        {page.sectionTitle}
      </h2>
      {page.sectionIntro && <p className="section-intro">{page.sectionIntro}</p>}
      {visibleQuestionsOf(definition, page, answers).map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          number={numbers[question.id] ?? 0}
          value={answers[question.id]}
          error={errors[question.id]}
          onChange={(value) => onAnswer(question.id, value)}
        />
      ))}
    </section>
  );
}
