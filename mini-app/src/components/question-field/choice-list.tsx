import type { AnswerValue, Option, Question } from "@pks02/shared";
import { toggleChoice } from "../../survey/answers";
import { FieldError, QuestionTitle } from "./parts";

interface ChoiceListProps {
  question: Question & { options: Option[] };
  number: number;
  value: AnswerValue | undefined;
  error?: string;
  multiple: boolean;
  maxSelect?: number;
  onChange: (value: AnswerValue | undefined) => void;
}

/**
 * Options as large tappable rows (radio or checkbox inside its label), grouped in a fieldset whose legend is
 * the question, so each control has an accessible name.
 */
export function ChoiceList({
  question,
  number,
  value,
  error,
  multiple,
  maxSelect,
  onChange,
}: ChoiceListProps) {
  const errorId = `error-${question.id}`;
  const selected = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value as number]);
  const showLimit = multiple && maxSelect !== undefined && maxSelect < question.options.length;
  return (
    <fieldset
      className={`q ${error ? "q--invalid" : ""}`}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
      data-question-id={question.id}
    >
      <legend className="q-title">
        <QuestionTitle question={question} number={number} />
      </legend>
      {showLimit && (
        <p className="q-hint">
          Chọn tối đa {maxSelect} ý.
          {selected.size > maxSelect &&
            ` Đang chọn ${selected.size} ý: xin bỏ bớt ${selected.size - maxSelect} ý.`}
        </p>
      )}
      <div className="q-options">
        {question.options.map((option) => {
          const checked = selected.has(option.value);
          return (
            <label key={option.value} className={`q-option ${checked ? "q-option--checked" : ""}`}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={question.id}
                value={option.value}
                checked={checked}
                onChange={(event) =>
                  onChange(multiple ? toggleChoice(value, option.value, event.target.checked) : option.value)
                }
              />
              <span className="q-option-label">{option.label}</span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
