import { meanOf, shareOf, wilsonInterval } from "./stats";

describe("wilsonInterval", () => {
  it.each([
    // Reference values of the Wilson score interval at 95 % (Newcombe 1998, table I; Agresti & Coull 1998).
    [8, 10, 0.4902, 0.9433],
    [2, 3, 0.2077, 0.9385],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [15, 148, 0.0624, 0.1605],
  ])("for %i of %i it is [%f, %f]", (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("is null without any answer", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("shareOf and meanOf", () => {
  it("leave out what is missing instead of counting it as zero", () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
    expect(meanOf([0.5, null, 1])).toBe(0.75);
    expect(meanOf([null])).toBeNull();
  });
});
