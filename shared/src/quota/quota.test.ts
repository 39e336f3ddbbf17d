import { evaluateQuota, DEFAULT_QUOTA_POLICY } from "./quota";
import { quotaStatusText } from "../messages";

describe("evaluateQuota", () => {
  it("for a typical office of 20 visits in one day, accepts 10 to 30 responses", () => {
    expect(evaluateQuota({ visits: 20, responses: 10, days: 1 })).toMatchObject({
      status: "ok",
      lowerBound: 10,
      upperBound: 30,
      missing: 0,
      excess: 0,
    });
    expect(evaluateQuota({ visits: 20, responses: 30, days: 1 }).status).toBe("ok");
  });

  it("just below the lower bound is too_few, with how many are missing", () => {
    const q = evaluateQuota({ visits: 20, responses: 3, days: 1 });
    expect(q).toMatchObject({ status: "too_few", missing: 7, excess: 0 });
    expect(quotaStatusText(q)).toBe("cần thêm 7 phiếu");
    expect(evaluateQuota({ visits: 20, responses: 9, days: 1 })).toMatchObject({
      status: "too_few",
      missing: 1,
    });
  });

  it("just above the upper bound is too_many, with the excess", () => {
    const q = evaluateQuota({ visits: 20, responses: 31, days: 1 });
    expect(q).toMatchObject({ status: "too_many", excess: 1, missing: 0 });
    expect(quotaStatusText(q)).toBe("vượt 1 phiếu so với lượt đến");
  });

  it("rounds the lower bound up and the upper bound down for odd visit counts", () => {
    expect(evaluateQuota({ visits: 21, responses: 11, days: 1 })).toMatchObject({
      lowerBound: 11,
      upperBound: 31,
      status: "ok",
    });
    expect(evaluateQuota({ visits: 21, responses: 10, days: 1 }).status).toBe("too_few");
    expect(evaluateQuota({ visits: 21, responses: 32, days: 1 }).status).toBe("too_many");
  });

  it("a crowded office needs 20 a day, not half its visitors", () => {
    expect(evaluateQuota({ visits: 100, responses: 20, days: 1 })).toMatchObject({
      status: "ok",
      lowerBound: 20,
      upperBound: 150,
    });
    expect(evaluateQuota({ visits: 100, responses: 19, days: 1 })).toMatchObject({
      status: "too_few",
      missing: 1,
    });
    expect(evaluateQuota({ visits: 300, responses: 60, days: 3 })).toMatchObject({
      status: "ok",
      lowerBound: 60,
    });
    expect(evaluateQuota({ visits: 300, responses: 59, days: 3 }).status).toBe("too_few");
  });

  it("at 40 visits a day the two rules meet at 20", () => {
    expect(evaluateQuota({ visits: 40, responses: 20, days: 1 }).lowerBound).toBe(20);
    expect(evaluateQuota({ visits: 42, responses: 20, days: 1 }).lowerBound).toBe(20);
    expect(evaluateQuota({ visits: 38, responses: 19, days: 1 }).lowerBound).toBe(19);
  });

  it("with 0 visits, no responses is ok and any response is too many", () => {
    expect(evaluateQuota({ visits: 0, responses: 0, days: 1 })).toMatchObject({
      status: "ok",
      lowerBound: 0,
      upperBound: 0,
    });
    expect(evaluateQuota({ visits: 0, responses: 2, days: 1 })).toMatchObject({
      status: "too_many",
      excess: 2,
    });
    expect(evaluateQuota({ visits: 0, responses: 2, days: 1 }, { minToleranceForms: 10 }).status).toBe("ok");
  });

  it("a missing visit count makes the status missing_visits with no bounds", () => {
    const q = evaluateQuota({ visits: null, responses: 12, days: 3 });
    expect(q).toEqual({
      status: "missing_visits",
      visits: null,
      responses: 12,
      days: 3,
      lowerBound: null,
      upperBound: null,
      missing: 0,
      excess: 0,
    });
    expect(quotaStatusText(q)).toBe("chưa báo cáo lượt công dân đến");
  });

  it("the looser '50% or 10 forms' reading widens only the upper bound", () => {
    const q = evaluateQuota({ visits: 20, responses: 40, days: 1 }, { minToleranceForms: 10 });
    expect(q).toMatchObject({ status: "ok", lowerBound: 10, upperBound: 40 });
    expect(evaluateQuota({ visits: 20, responses: 41, days: 1 }, { minToleranceForms: 10 }).excess).toBe(1);
  });

  it("every parameter can be overridden", () => {
    const q = evaluateQuota(
      { visits: 30, responses: 0, days: 2 },
      { toleranceRatio: 0.3, crowdedMinimumPerDay: 5 },
    );
    expect(q).toMatchObject({ lowerBound: 10, upperBound: 39, missing: 10 });
    expect(evaluateQuota({ visits: 30, responses: 0, days: 1 }, { toleranceRatio: 0.3 }).lowerBound).toBe(20); // 21 vs 20
    expect(
      evaluateQuota(
        { visits: 30, responses: 21, days: 1 },
        { toleranceRatio: 0.3, crowdedMinimumPerDay: 100 },
      ).lowerBound,
    ).toBe(21);
  });

  it("leaves the default policy untouched", () => {
    evaluateQuota({ visits: 1, responses: 1, days: 1 }, { toleranceRatio: 0.9 });
    expect(DEFAULT_QUOTA_POLICY).toEqual({
      toleranceRatio: 0.5,
      crowdedMinimumPerDay: 20,
      minToleranceForms: 0,
    });
    expect(Object.isFrozen(DEFAULT_QUOTA_POLICY)).toBe(true);
  });
});
