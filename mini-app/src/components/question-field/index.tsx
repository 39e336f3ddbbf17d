import type { AnswerValue, Question } from "@pks02/shared";
import { ChoiceList } from "./choice-list";
import { FreeText } from "./free-text";

export interface QuestionFieldProps {
  question: Question;
  /** The question's number as shown to the resident (1-based, in definition order). */
  number: number;
  value: AnswerValue | undefined;
  error?: string;
  onChange: (value: AnswerValue | undefined) => void;
}

/** One question of the survey, drawn from its definition; the error sits right under it. */
export function QuestionField(props: QuestionFieldProps) {
  const { question } = props;
  switch (question.type) {
    case "single_choice":
    case "scale":
      return <ChoiceList {...props} question={question} multiple={false} />;
    case "multi_choice":
      return <ChoiceList {...props} question={question} multiple maxSelect={question.maxSelect} />;
    case "free_text":
      return <FreeText {...props} question={question} maxLength={question.maxLength} />;
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}
