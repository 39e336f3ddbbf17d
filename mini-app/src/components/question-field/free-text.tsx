import type { AnswerValue, Question } from "@pks02/shared";
import { FieldError, QuestionTitle } from "./parts";

interface FreeTextProps {
  question: Question;
  number: number;
  value: AnswerValue | undefined;
  error?: string;
  maxLength: number;
  onChange: (value: AnswerValue | undefined) => void;
}

/** A free-text opinion with a visible character count; the limit is enforced by the shared validator. */
export function FreeText({ question, number, value, error, maxLength, onChange }: FreeTextProps) {
  const inputId = `input-${question.id}`;
  const errorId = `error-${question.id}`;
  const countId = `count-${question.id}`;
  const text = typeof value === "string" ? value : "";
  const length = [...text].length;
  return (
    <div className={`q ${error ? "q--invalid" : ""}`} data-question-id={question.id}>
      <label htmlFor={inputId} className="q-title">
        <QuestionTitle question={question} number={number} />
      </label>
      <textarea
        id={inputId}
        className="q-textarea"
        rows={4}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${countId} ${errorId}` : countId}
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
      />
      <p id={countId} className="q-hint">
        {length}/{maxLength} ký tự
        {length > maxLength && ` — xin bớt ${length - maxLength} ký tự`}
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
