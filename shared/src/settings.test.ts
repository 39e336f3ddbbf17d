import { ZMiniAppId, parseSurveyWindowSetting } from "./settings";

describe("parseSurveyWindowSetting", () => {
  it("takes both days, and leaves the default to the caller when neither (or only blanks) is set", () => {
    expect(parseSurveyWindowSetting("2024-06-12", " 2024-06-14 ")).toEqual({
      ok: true,
      window: { start: "2024-06-12", end: "2024-06-14" },
    });
    expect(parseSurveyWindowSetting(undefined, " ")).toEqual({ ok: true, window: null });
  });

  it.each([
    ["2024-06-31", "2024-07-02", "SURVEY_START", "not-a-date"],
    ["2024-06-12", "14/06/2024", "SURVEY_END", "not-a-date"],
    ["2024-06-12", undefined, "SURVEY_END", "set-both"],
    [undefined, "2024-06-14", "SURVEY_START", "set-both"],
    ["2024-06-15", "2024-06-12", "SURVEY_END", "end-before-start"],
  ])("refuses start %p, end %p naming %s (%s)", (start, end, variable, problem) => {
    expect(parseSurveyWindowSetting(start, end)).toEqual({ ok: false, variable, problem });
  });
});

describe("ZMiniAppId", () => {
  it("accepts Zalo's digits, trimmed, and refuses anything else", () => {
    expect(ZMiniAppId.parse(" 3010090187281842176 ")).toBe("3010090187281842176");
    expect(ZMiniAppId.safeParse("abc").success).toBe(false);
    expect(ZMiniAppId.safeParse("").success).toBe(false);
  });
});
