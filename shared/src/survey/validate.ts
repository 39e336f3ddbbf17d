import { normalizeText } from "../text";
import type { AnswerValue, Answers, Question, RawAnswers, SurveyDefinition } from "./types";
import { allQuestions, isQuestionVisible } from "./visibility";

/** Why an answer was refused; one code per rule so clients can react to each. */
export type AnswerErrorCode =
  | "UNKNOWN_QUESTION"
  | "WRONG_TYPE"
  | "INVALID_OPTION"
  | "DUPLICATE_CHOICE"
  | "TOO_MANY_CHOICES"
  | "TEXT_TOO_LONG"
  | "REQUIRED"
  | "HIDDEN_QUESTION_ANSWERED";

export interface AnswerError {
  code: AnswerErrorCode;
  questionId: string;
  /** Vietnamese, for the person answering. */
  message: string;
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

const MESSAGES: Record<AnswerErrorCode, (q?: Question) => string> = {
  UNKNOWN_QUESTION: () => "Câu hỏi không có trong phiếu.",
  WRONG_TYPE: () => "Câu trả lời không đúng dạng.",
  INVALID_OPTION: () => "Lựa chọn không có trong danh sách.",
  DUPLICATE_CHOICE: () => "Một lựa chọn được chọn hai lần.",
  TOO_MANY_CHOICES: (q) => `Chỉ được chọn tối đa ${q?.type === "multi_choice" ? q.maxSelect : ""} ý.`,
  TEXT_TOO_LONG: (q) => `Ý kiến dài quá ${q?.type === "free_text" ? q.maxLength : ""} ký tự.`,
  REQUIRED: () => "Xin vui lòng trả lời câu hỏi này.",
  HIDDEN_QUESTION_ANSWERED: () => "Câu hỏi này không áp dụng với câu trả lời trước đó của ông/bà.",
};

function error(code: AnswerErrorCode, questionId: string, question?: Question): AnswerError {
  return { code, questionId, message: MESSAGES[code](question) };
}

/** Treat empty text and empty selections as "not answered". */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && normalizeText(value) === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

function checkValue(question: Question, value: unknown): AnswerError | AnswerValue {
  switch (question.type) {
    case "single_choice":
    case "scale": {
      if (typeof value !== "number" || !Number.isInteger(value)) return error("WRONG_TYPE", question.id);
      if (!question.options.some((o) => o.value === value)) return error("INVALID_OPTION", question.id);
      return value;
    }
    case "multi_choice": {
      if (!Array.isArray(value) || !value.every((v) => typeof v === "number" && Number.isInteger(v))) {
        return error("WRONG_TYPE", question.id);
      }
      const values = value as number[];
      if (!values.every((v) => question.options.some((o) => o.value === v))) {
        return error("INVALID_OPTION", question.id);
      }
      if (new Set(values).size !== values.length) return error("DUPLICATE_CHOICE", question.id);
      if (values.length > question.maxSelect) return error("TOO_MANY_CHOICES", question.id, question);
      return [...values].sort((a, b) => a - b);
    }
    case "free_text": {
      if (typeof value !== "string") return error("WRONG_TYPE", question.id);
      const text = normalizeText(value);
      if ([...text].length > question.maxLength) return error("TEXT_TOO_LONG", question.id, question);
      return text;
    }
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

/**
 * Check a respondent's answers against the survey definition: the one rule set used by the Mini App
 * (to show errors beside each question) and the server (to refuse bad submissions).
 * Returns the normalised answers (visible, answered questions only) or every error found.
 */
export function validateAnswers(definition: SurveyDefinition, answers: RawAnswers): ValidationResult {
  const questions = allQuestions(definition);
  const known = new Set(questions.map((q) => q.id));
  const errors: AnswerError[] = Object.keys(answers)
    .filter((id) => !known.has(id))
    .map((id) => error("UNKNOWN_QUESTION", id));
  const accepted: Answers = {};
  for (const question of questions) {
    const value = answers[question.id];
    const blank = isBlank(value);
    if (!isQuestionVisible(definition, question, answers)) {
      if (!blank) errors.push(error("HIDDEN_QUESTION_ANSWERED", question.id));
      continue;
    }
    if (blank) {
      if (question.required) errors.push(error("REQUIRED", question.id));
      continue;
    }
    const checked = checkValue(question, value);
    if (typeof checked === "object" && !Array.isArray(checked)) errors.push(checked);
    else accepted[question.id] = checked;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: accepted };
}
