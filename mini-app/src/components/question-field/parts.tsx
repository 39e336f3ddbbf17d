import type { Question } from "@pks02/shared";

/** The question's visible title: number, text, and whether it may be skipped. */
export function QuestionTitle({ question, number }: { question: Question; number: number }) {
  return (
    <>
      <span className="q-number">Câu {number}.</span> {question.text}
      {!question.required && <span className="q-optional"> (không bắt buộc)</span>}
    </>
  );
}

/** The validator's message for this question, announced to screen readers when it appears. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="q-error" role="alert">
      {message}
    </p>
  );
}
