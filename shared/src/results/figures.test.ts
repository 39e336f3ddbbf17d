import { communeMean } from "./areas";
import { unitFigures } from "./figures";
import { mergeTallies, tallyAnswers } from "./tally";

const repeat = (n: number, answers: Record<string, unknown>) => Array.from({ length: n }, () => answers);

describe("scale figures", () => {
  const figures = unitFigures(tallyAnswers([{ C1: 5 }, { C1: 4 }, { C1: 2 }, { C1: 0 }, { E1: 3 }]));
  const c1 = figures.scales.find((s) => s.questionId === "C1")!;

  it("leave out 'Không rõ' from the share and the mean and count it apart", () => {
    expect(c1).toMatchObject({ answered: 3, dontKnow: 1, satisfied: 2 });
    expect(c1.share).toBeCloseTo(2 / 3, 12);
    expect(c1.mean).toBeCloseTo(11 / 3, 12);
    expect(c1.interval!.low).toBeCloseTo(0.2077, 4);
    expect(c1.interval!.high).toBeCloseTo(0.9385, 4);
  });

  it("count every option, 'Không rõ' without a share", () => {
    const byValue = Object.fromEntries(c1.options.map((o) => [o.value, [o.count, o.share]]));
    expect(byValue).toEqual({
      5: [1, 1 / 3],
      4: [1, 1 / 3],
      3: [0, 0],
      2: [1, 1 / 3],
      1: [0, 0],
      0: [1, null],
    });
    expect(figures.responses).toBe(5);
  });
});

describe("the chairperson index", () => {
  it("is the mean of the criteria's shares, with the mean of their Wilson bounds", () => {
    const tally = tallyAnswers([...repeat(8, { C1: 5, C2: 4 }), ...repeat(2, { C1: 3, C2: 5 }), { E1: 1 }]);
    const { index } = unitFigures(tally);
    // C1: 8/10 → [0.4902, 0.9433]; C2: 10/10 → [0.7225, 1]; E1 is not a criterion.
    expect(index.criteria).toBe(2);
    expect(index.value).toBeCloseTo(0.9, 12);
    expect(index.interval!.low).toBeCloseTo((0.4902 + 0.7225) / 2, 4);
    expect(index.interval!.high).toBeCloseTo((0.9433 + 1) / 2, 4);
  });

  it("is null when no criterion has a 1–5 answer", () => {
    expect(unitFigures(tallyAnswers([{ C1: 0, C2: 0 }])).index).toEqual({
      value: null,
      interval: null,
      criteria: 0,
    });
  });
});

describe("D1 and choice questions", () => {
  const figures = unitFigures(
    tallyAnswers([{ D1: 1, E3: [1, 2] }, { D1: 2, E3: [2] }, { D1: 2 }, { D1: 9, B1: 3 }]),
  );

  it("D1's share of 'Có' leaves 'Không muốn trả lời' out", () => {
    expect(figures.extraMoney).toMatchObject({ yes: 1, answered: 3, declined: 1 });
    expect(figures.extraMoney.share).toBeCloseTo(1 / 3, 12);
  });

  it("a multi-choice option's share is of the responses that answered the question", () => {
    const e3 = figures.choices.find((c) => c.questionId === "E3")!;
    expect(e3.answered).toBe(2);
    expect(e3.options.filter((o) => o.count > 0).map((o) => [o.value, o.count, o.share])).toEqual([
      [1, 1, 0.5],
      [2, 2, 1],
    ]);
    expect(figures.choices.find((c) => c.questionId === "B1")!.answered).toBe(1);
  });
});

describe("pooling", () => {
  // Commune A: 9 of 10 satisfied with C1; commune B: 1 of 30.
  const a = tallyAnswers([...repeat(9, { C1: 5 }), { C1: 1 }]);
  const b = tallyAnswers([{ C1: 4 }, ...repeat(29, { C1: 2 }), ...repeat(5, { C1: 0 })]);

  it("adds the communes' counts, so the district share weights communes by their answers", () => {
    const pooled = unitFigures(mergeTallies([a, b]));
    const c1 = pooled.scales.find((s) => s.questionId === "C1")!;
    expect(pooled.responses).toBe(45);
    expect(c1).toMatchObject({ answered: 40, satisfied: 10, dontKnow: 5 });
    expect(c1.share).toBe(0.25);
  });

  it("the unweighted mean counts each commune once and skips communes without answers", () => {
    const mean = communeMean([unitFigures(a), unitFigures(b), unitFigures(tallyAnswers([]))]);
    expect(mean.communes).toBe(2);
    expect(mean.shares.C1).toBeCloseTo((0.9 + 1 / 30) / 2, 12);
    expect(mean.index).toBeCloseTo((0.9 + 1 / 30) / 2, 12);
  });
});
