import { useEffect, useRef, useState } from "react";
import type { AnswerValue, SurveyDefinition } from "@pks02/shared";
import type { DraftAnswers } from "../survey/answers";
import { pageErrors, visiblePageIndexes, type SurveyPage } from "../survey/pages";
import { ProgressBar } from "./progress-bar";
import { QuestionPage } from "./question-page";

export interface QuestionStepProps {
  definition: SurveyDefinition;
  pages: SurveyPage[];
  pageIndex: number;
  answers: DraftAnswers;
  onAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  /** Go to another page, to the review (after the last page) or back to the greeting (before the first). */
  onNavigate: (target: number | "review" | "start") => void;
  /** Mark unanswered required questions at once (the page was opened from the review to be corrected). */
  showMissing?: boolean;
}

/**
 * One page of questions with progress and "Quay lại"/"Tiếp tục". The shared validator's errors show beside
 * each question: a wrong answer as soon as it is given, a missing one when the resident tries to go on.
 * Render it with `key={pageIndex}` so a new page starts without errors shown.
 */
export function QuestionStep({
  definition,
  pages,
  pageIndex,
  answers,
  onAnswer,
  onNavigate,
  showMissing = false,
}: QuestionStepProps) {
  const [triedToContinue, setTriedToContinue] = useState(showMissing);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  // Set by a refused "Tiếp tục": once the messages are drawn, the first question in error takes the focus.
  const [refusals, setRefusals] = useState(0);
  const focusQuestion = useRef<string | null>(null);

  useEffect(() => {
    const questionId = focusQuestion.current;
    focusQuestion.current = null;
    if (questionId) focusOnQuestion(questionId);
  }, [refusals]);

  const page = pages[pageIndex];
  if (!page) return null;
  const visible = visiblePageIndexes(definition, pages, answers);
  const position = visible.indexOf(pageIndex);
  const errors = pageErrors(definition, page, answers).filter(
    (e) => triedToContinue || (e.code !== "REQUIRED" && touched.has(e.questionId)),
  );
  const shown = Object.fromEntries(errors.map((e) => [e.questionId, e.message]));

  const answer = (questionId: string, value: AnswerValue | undefined) => {
    setTouched((t) => new Set(t).add(questionId));
    onAnswer(questionId, value);
  };
  const goOn = () => {
    const blocking = pageErrors(definition, page, answers);
    if (blocking.length > 0) {
      setTriedToContinue(true);
      focusQuestion.current = blocking[0]?.questionId ?? null;
      setRefusals((n) => n + 1);
      return;
    }
    const next = visible.find((i) => i > pageIndex);
    onNavigate(next ?? "review");
  };
  const goBack = () => {
    const previous = [...visible].reverse().find((i) => i < pageIndex);
    onNavigate(previous ?? "start");
  };

  return (
    <>
      <ProgressBar current={position + 1} total={visible.length} />
      <QuestionPage definition={definition} page={page} answers={answers} errors={shown} onAnswer={answer} />
      {errors.length > 0 && triedToContinue && (
        <p className="step-error" role="status">
          Xin trả lời hoặc sửa các câu được đánh dấu đỏ rồi bấm “Tiếp tục”.
        </p>
      )}
      <div className="step-actions">
        <button type="button" className="btn btn--secondary" onClick={goBack}>
          Quay lại
        </button>
        <button type="button" className="btn btn--primary" onClick={goOn}>
          Tiếp tục
        </button>
      </div>
    </>
  );
}

/** Put the focus on a question's first control (a screen reader reads its title and message) and show it. */
function focusOnQuestion(questionId: string): void {
  const question = document.querySelector(`[data-question-id="${questionId}"]`);
  const control = question?.querySelector<HTMLElement>("input, textarea");
  control?.focus({ preventScroll: true });
  question?.scrollIntoView?.({ behavior: "smooth", block: "center" });
}
