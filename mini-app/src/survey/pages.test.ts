import { PKS02_DEFINITION } from "@pks02/shared";
import { buildAnswers } from "@pks02/shared/src/survey/test-factories";
import { setAnswer, answerText, keepValidAnswers, toggleChoice } from "./answers";
import {
  buildPages,
  firstPageWithError,
  pageErrors,
  pageIndexOfRoute,
  routesToPage,
  visiblePageIndexes,
} from "./pages";

const definition = PKS02_DEFINITION;

describe("buildPages", () => {
  it("splits sections into screens of at most three questions, never mixing sections", () => {
    const pages = buildPages(definition);
    expect(pages.every((p) => p.questions.length >= 1 && p.questions.length <= 3)).toBe(true);
    expect(pages.map((p) => p.questions.map((q) => q.id).join(","))).toEqual([
      "B1,B2,B3",
      "C1,C2,C3",
      "C4,C5,C6",
      "C7,C8,C9",
      "C10",
      "D1",
      "E1,E2,E3",
      "E4",
      "F1,F2,F3",
      "F4,F5,F6",
    ]);
  });

  it("shows every page when each has a visible question", () => {
    const pages = buildPages(definition);
    expect(visiblePageIndexes(definition, pages, {})).toHaveLength(pages.length);
  });
});

describe("pageErrors", () => {
  it("reports only the missing answers of the page's visible questions", () => {
    const [first] = buildPages(definition);
    const errors = pageErrors(definition, first!, { B1: 3 });
    expect(errors.map((e) => [e.questionId, e.code])).toEqual([["B3", "REQUIRED"]]);
  });

  it("finds the first page with an error", () => {
    const pages = buildPages(definition);
    const errors = pageErrors(definition, pages[6]!, buildAnswers({ E1: undefined }));
    expect(firstPageWithError(pages, errors)).toBe(6);
  });
});

describe("setAnswer", () => {
  it("drops the answer of a question that the new answer hides", () => {
    const withB2 = setAnswer(definition, { B1: 1 }, "B2", [1, 3]);
    expect(withB2).toEqual({ B1: 1, B2: [1, 3] });
    expect(setAnswer(definition, withB2, "B1", 3)).toEqual({ B1: 3 });
  });

  it("treats an emptied answer as not answered", () => {
    expect(setAnswer(definition, { E4: "x" }, "E4", "")).toEqual({});
    expect(setAnswer(definition, { E3: [1] }, "E3", [])).toEqual({});
  });
});

describe("answers helpers", () => {
  it("toggles multi-choice values, sorted", () => {
    expect(toggleChoice([3], 1, true)).toEqual([1, 3]);
    expect(toggleChoice([1, 3], 3, false)).toEqual([1]);
  });

  it("reads answers back as the option labels", () => {
    const b2 = definition.sections[0]!.questions[1]!;
    expect(answerText(b2, [1, 4])).toBe("Buổi tiếp công dân định kỳ; Giải quyết hồ sơ thủ tục hành chính");
    expect(answerText(b2, undefined)).toBe("(chưa trả lời)");
  });

  it("keeps the answers that still fit the definition and drops the rest", () => {
    expect(keepValidAnswers(definition, { B1: 3, B2: [1], C1: 42, Z9: 1, C2: 4 })).toEqual({ B1: 3, C2: 4 });
  });
});

describe("routes of the pages", () => {
  it("when a saved survey is resumed at a page, every shown page before it becomes a history entry for Back", () => {
    expect(routesToPage([0, 1, 3, 4], 3)).toEqual(["/questions/1", "/questions/2", "/questions/4"]);
    // a saved page hidden since: the next shown page
    expect(routesToPage([0, 1, 3, 4], 2)).toEqual(["/questions/1", "/questions/2", "/questions/4"]);
    expect(routesToPage([0, 1], 0)).toEqual(["/questions/1"]);
  });

  it("reads the page from the route, counted from 1, and nothing else", () => {
    expect(pageIndexOfRoute("3", 10)).toBe(2);
    expect(["0", "11", "2.5", "abc", undefined].map((p) => pageIndexOfRoute(p, 10))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
