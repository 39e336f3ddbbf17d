import type { SurveyDefinition } from "@pks02/shared";
import { answerText, type DraftAnswers } from "../survey/answers";
import { visibleQuestionsOf, type SurveyPage } from "../survey/pages";
import { questionNumbers } from "./question-page";

export interface ReviewListProps {
  definition: SurveyDefinition;
  pages: SurveyPage[];
  answers: DraftAnswers;
  errors: Record<string, string>;
  /** Go back to the page holding this question. */
  onEdit: (pageIndex: number) => void;
}

/** Every visible question with the answer given, grouped by page, each with a "Sửa" button. */
export function ReviewList({ definition, pages, answers, errors, onEdit }: ReviewListProps) {
  const numbers = questionNumbers(definition, answers);
  return (
    <div className="review">
      {pages.map((page, pageIndex) => {
        const questions = visibleQuestionsOf(definition, page, answers);
        if (questions.length === 0) return null;
        const first = numbers[questions[0]?.id ?? ""] ?? 0;
        const last = numbers[questions[questions.length - 1]?.id ?? ""] ?? 0;
        const range = first === last ? `câu ${first}` : `câu ${first}–${last}`;
        return (
          <section key={pageIndex} className="review-page">
            <dl>
              {questions.map((question) => (
                <div
                  key={question.id}
                  className={`review-item ${errors[question.id] ? "review-item--invalid" : ""}`}
                >
                  <dt>
                    Câu {numbers[question.id]}. {question.text}
                  </dt>
                  <dd>{answerText(question, answers[question.id])}</dd>
                  {errors[question.id] && (
                    <dd className="q-error" role="alert">
                      {errors[question.id]}
                    </dd>
                  )}
                </div>
              ))}
            </dl>
            <button type="button" className="btn btn--ghost" onClick={() => onEdit(pageIndex)}>
              Sửa {range}
            </button>
          </section>
        );
      })}
    </div>
  );
}
