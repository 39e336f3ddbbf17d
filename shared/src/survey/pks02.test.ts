import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PKS02_DEFINITION } from "./pks02";
import { ZSurveyDefinition } from "./types";
import { allQuestions } from "./visibility";

describe("the PKS 02 definition", () => {
  it("is a valid survey definition with unique question ids", () => {
    expect(() => ZSurveyDefinition.parse(PKS02_DEFINITION)).not.toThrow();
    const ids = allQuestions(PKS02_DEFINITION).map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has every question kind: single choice, multi choice with a maximum, scales with 'Không rõ', free text", () => {
    const byId = Object.fromEntries(allQuestions(PKS02_DEFINITION).map((q) => [q.id, q]));
    expect(byId.B1?.type).toBe("single_choice");
    expect(byId.E3).toMatchObject({ type: "multi_choice", maxSelect: 3 });
    expect(byId.C1).toMatchObject({ type: "scale", scale: "likert5_plus_dontknow" });
    expect(byId.C1?.type === "scale" && byId.C1.options.map((o) => o.label)).toContain(
      "Không rõ / không có ý kiến",
    );
    expect(byId.E4).toMatchObject({ type: "free_text", maxLength: 500 });
    expect(byId.B2?.showIf).toEqual({ questionId: "B1", equals: 1 });
  });

  it("carries every asked question of the draft, and fills the hidden ones itself", () => {
    const draft = JSON.parse(
      readFileSync(join(__dirname, "../../data/pks02-draft.json"), "utf8").toString(),
    ) as { questions: { id: string; type: string; text_vi: string; required: boolean }[] }[];
    const asked = draft.flatMap((s) => s.questions).filter((q) => q.type !== "hidden");
    const ours = allQuestions(PKS02_DEFINITION);
    expect(ours.map((q) => [q.id, q.text, q.required])).toEqual(
      asked.map((q) => [q.id, q.text_vi, q.required]),
    );
    expect(PKS02_DEFINITION.hiddenFields.map((f) => f.key)).toEqual(["communeCode", "surveyDate"]);
  });
});
