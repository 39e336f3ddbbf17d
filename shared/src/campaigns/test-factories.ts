import type { Question, SurveyDefinition } from "../survey/types";

const YES_NO = [
  { value: 1, label: "Có" },
  { value: 2, label: "Không" },
];
const T1: Question = {
  id: "T1",
  type: "single_choice",
  text: "Có hay không?",
  required: true,
  options: YES_NO,
};

/** A two-question form of our own for tests (not an official text); override any field. */
export function buildSurveyDefinition(overrides: Partial<SurveyDefinition> = {}): SurveyDefinition {
  return {
    id: "TN01",
    version: "tn01-test.1",
    title: "PHIẾU THỬ",
    intro: "Phiếu dùng để kiểm thử.",
    estimatedMinutes: 1,
    hiddenFields: [{ id: "A0", key: "communeCode", label: "Đơn vị" }],
    sections: [
      {
        id: "T",
        title: "Câu hỏi thử",
        questions: [
          T1,
          {
            id: "T2",
            type: "free_text",
            text: "Góp ý",
            required: false,
            maxLength: 100,
            showIf: { questionId: "T1", equals: 1 },
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** The content of a small, valid campaign file (PKS 02's form over one unit, 1–2/10/2024); override any field. */
export function buildCampaignFileContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 1,
    id: "dot-thu",
    title: "Đợt thử",
    form: { builtin: "pks02-2024.1" },
    units: { units: [{ code: "99001", name: "Xã Mẫu An", kind: "Xã" }] },
    days: { start: "2024-10-01", end: "2024-10-02" },
    ...overrides,
  };
}
