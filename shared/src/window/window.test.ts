import {
  DEFAULT_SURVEY_WINDOW as w,
  ZSurveyWindow,
  addDays,
  daysSoFar,
  formatDateVi,
  isWithinWindow,
  localDateOf,
  localTimeOf,
  surveyDayOf,
  windowDays,
  windowPhase,
} from "./window";

describe("survey window (Asia/Ho_Chi_Minh)", () => {
  it("runs 12–14/6/2024 by default", () => {
    expect(windowDays(w)).toEqual(["2024-06-12", "2024-06-13", "2024-06-14"]);
  });

  it("23:30 UTC on 11/6 is 06:30 on 12/6 locally, the first survey day", () => {
    const m = new Date("2024-06-11T23:30:00Z");
    expect(localDateOf(m)).toBe("2024-06-12");
    expect(localTimeOf(m)).toBe("06:30");
    expect(surveyDayOf(w, m)).toBe("2024-06-12");
  });

  it("judges the edges by local midnight", () => {
    expect(isWithinWindow(w, new Date("2024-06-11T16:59:59Z"))).toBe(false); // 23:59:59 on 11/6
    expect(isWithinWindow(w, new Date("2024-06-11T17:00:00Z"))).toBe(true); // 00:00 on 12/6
    expect(isWithinWindow(w, new Date("2024-06-14T16:59:00Z"))).toBe(true); // 23:59 on 14/6
    expect(isWithinWindow(w, new Date("2024-06-14T17:01:00Z"))).toBe(false); // 00:01 on 15/6
    expect(windowPhase(w, new Date("2024-06-11T12:00:00Z"))).toBe("not_open");
    expect(windowPhase(w, new Date("2024-06-13T12:00:00Z"))).toBe("open");
    expect(windowPhase(w, new Date("2024-06-15T12:00:00Z"))).toBe("closed");
    expect(surveyDayOf(w, new Date("2024-06-15T00:00:00Z"))).toBeNull();
  });

  it("lists the days so far", () => {
    expect(daysSoFar(w, new Date("2024-06-13T05:00:00Z"))).toEqual(["2024-06-12", "2024-06-13"]);
    expect(daysSoFar(w, new Date("2024-06-01T05:00:00Z"))).toEqual([]);
    expect(daysSoFar(w, new Date("2024-07-01T05:00:00Z"))).toHaveLength(3);
  });

  it("adds days across months and formats dates the Vietnamese way", () => {
    expect(addDays("2024-06-30", 1)).toBe("2024-07-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(formatDateVi("2024-06-12")).toBe("12/06/2024");
  });

  it("refuses windows that are not real dates or run backwards", () => {
    expect(ZSurveyWindow.safeParse({ start: "2024-06-12", end: "2024-06-14" }).success).toBe(true);
    expect(ZSurveyWindow.safeParse({ start: "2024-02-30", end: "2024-03-01" }).success).toBe(false);
    expect(ZSurveyWindow.safeParse({ start: "2024-06-14", end: "2024-06-12" }).success).toBe(false);
    expect(ZSurveyWindow.safeParse({ start: "12/06/2024", end: "2024-06-14" }).success).toBe(false);
  });
});
