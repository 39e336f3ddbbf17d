import { PKS02_DEFINITION } from "./pks02";
import { buildAnswers } from "./test-factories";
import { validateAnswers, type AnswerErrorCode } from "./validate";
import { visibleQuestionIds } from "./visibility";
import type { SurveyDefinition } from "./types";

const def = PKS02_DEFINITION;

function codes(answers: Record<string, unknown>, definition: SurveyDefinition = def) {
  const result = validateAnswers(definition, answers);
  return result.ok ? [] : result.errors.map((e) => `${e.code}:${e.questionId}`);
}

describe("validateAnswers", () => {
  it("accepts a complete form and returns the normalised answers", () => {
    const result = validateAnswers(def, buildAnswers());
    expect(result).toEqual({ ok: true, answers: buildAnswers() });
  });

  it("accepts a form with optional questions left out", () => {
    expect(codes(buildAnswers({ B2: undefined, E3: [], E4: "   ", F3: undefined, F6: undefined }))).toEqual(
      [],
    );
  });

  it.each<[string, Record<string, unknown>, AnswerErrorCode, string]>([
    ["unknown question", { Z9: 1 }, "UNKNOWN_QUESTION", "Z9"],
    ["text for a choice", { B1: "1" }, "WRONG_TYPE", "B1"],
    ["fraction for a choice", { C1: 4.5 }, "WRONG_TYPE", "C1"],
    ["single value for multi choice", { E3: 2 }, "WRONG_TYPE", "E3"],
    ["number for free text", { E4: 42 }, "WRONG_TYPE", "E4"],
    ["option not in list", { F1: 3 }, "INVALID_OPTION", "F1"],
    ["'Không rõ' on a plain 5-level scale", { E1: 0 }, "INVALID_OPTION", "E1"],
    ["multi option not in list", { E3: [1, 99] }, "INVALID_OPTION", "E3"],
    ["same option twice", { E3: [1, 1] }, "DUPLICATE_CHOICE", "E3"],
    ["too many choices", { E3: [1, 2, 3, 4] }, "TOO_MANY_CHOICES", "E3"],
    ["text too long", { E4: "a".repeat(501) }, "TEXT_TOO_LONG", "E4"],
    ["required question unanswered", { C5: undefined }, "REQUIRED", "C5"],
    ["required question answered with null", { F5: null }, "REQUIRED", "F5"],
    ["answer to a question hidden by its condition", { B1: 3, B2: [1] }, "HIDDEN_QUESTION_ANSWERED", "B2"],
  ])("refuses %s", (_name, overrides, code, questionId) => {
    const result = validateAnswers(def, buildAnswers(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.objectContaining({ code, questionId }));
      for (const e of result.errors) expect(e.message).toMatch(/\S/);
    }
  });

  it("accepts exactly the maximum number of choices and text of exactly the maximum length", () => {
    expect(codes(buildAnswers({ E3: [1, 2, 3], E4: "ơ".repeat(500) }))).toEqual([]);
  });

  it("normalises free text: trims, composes to NFC and strips control characters", () => {
    const decomposed = "  Cán bộ\u0000 tốt\u200b ".normalize("NFD");
    const result = validateAnswers(def, buildAnswers({ E4: decomposed }));
    expect(result).toMatchObject({ ok: true, answers: { E4: "Cán bộ tốt" } });
  });

  it("counts text length in characters after normalisation", () => {
    const nfd = "ệ".normalize("NFD").repeat(500); // 1000 code units before NFC, 500 after
    expect(codes(buildAnswers({ E4: nfd }))).toEqual([]);
  });

  it("sorts multi-choice values so the same selection is stored the same way", () => {
    const result = validateAnswers(def, buildAnswers({ E3: [6, 2] }));
    expect(result).toMatchObject({ ok: true, answers: { E3: [2, 6] } });
  });

  it("drops a blank optional answer instead of storing it", () => {
    const result = validateAnswers(def, buildAnswers({ E4: "  " }));
    expect(result.ok && "E4" in result.answers).toBe(false);
  });

  it("reports every error at once", () => {
    expect(codes({ B1: 9 })).toEqual(
      expect.arrayContaining(["INVALID_OPTION:B1", "REQUIRED:B3", "REQUIRED:C1", "REQUIRED:F5"]),
    );
  });

  it("hides a question whose condition depends on a hidden question", () => {
    const chained: SurveyDefinition = {
      ...def,
      sections: [
        {
          id: "X",
          title: "X",
          questions: [
            {
              id: "X1",
              type: "single_choice",
              text: "a",
              required: true,
              options: [
                { value: 1, label: "1" },
                { value: 2, label: "2" },
              ],
            },
            {
              id: "X2",
              type: "single_choice",
              text: "b",
              required: true,
              showIf: { questionId: "X1", equals: 1 },
              options: [
                { value: 1, label: "1" },
                { value: 2, label: "2" },
              ],
            },
            {
              id: "X3",
              type: "free_text",
              text: "c",
              required: true,
              maxLength: 5,
              showIf: { questionId: "X2", equals: 1 },
            },
          ],
        },
      ],
    };
    expect(visibleQuestionIds(chained, { X1: 2, X2: 1 })).toEqual(["X1"]);
    expect(codes({ X1: 2 }, chained)).toEqual([]);
    expect(codes({ X1: 1, X2: 1 }, chained)).toEqual(["REQUIRED:X3"]);
    expect(codes({ X1: 2, X2: 1, X3: "x" }, chained)).toEqual([
      "HIDDEN_QUESTION_ANSWERED:X2",
      "HIDDEN_QUESTION_ANSWERED:X3",
    ]);
  });
});
