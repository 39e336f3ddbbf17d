import { PKS02_DEFINITION } from "../survey/pks02";
import { buildAnswers } from "../survey/test-factories";
import { minimumSecondsRange, minimumTimeRule, plausibleMinimumSeconds } from "./minimum-time";
import { DEFAULT_INTEGRITY_POLICY as POLICY, ZIntegrityPolicy } from "./policy";
import { dayKey, emptyJudgement, judgeIntegrity, type IntegrityCounts } from "./signals";

const clean = (communeCode: string, day = "2024-06-12"): IntegrityCounts => ({
  communeCode,
  day,
  responses: 40,
  timed: 40,
  fast: 2,
  straightLined: 8,
  duplicates: 1,
  windowDuplicates: 1,
  helpAnswered: 40,
  helped: 4,
  placeAnswered: 40,
  atOffice: 30,
  outOfHours: 2,
  peak: 3,
});
const rule = minimumTimeRule(PKS02_DEFINITION, POLICY);
const range = minimumSecondsRange(rule);

describe("plausible minimum completion time", () => {
  it("is 10 s plus 2–3 s a question shown: 55 s for PKS 02, 58 s when B2 is shown", () => {
    expect(range).toEqual({ low: 55, high: 58 });
    expect(plausibleMinimumSeconds(rule, buildAnswers({ B1: 1 }))).toBe(58); // B1 = 1 shows B2
    expect(plausibleMinimumSeconds(rule, buildAnswers({ B1: 2, B2: undefined }))).toBe(55);
    expect(rule.conditional).toEqual([
      { questionId: "B2", seconds: 3, when: [{ questionId: "B1", equals: 1 }] },
    ]);
  });
});

describe("integrity signals", () => {
  const judge = (rows: IntegrityCounts[]) => judgeIntegrity(rows, POLICY, range);
  const province = ["07201", "07222", "07243", "07207", "07210"].map((c) => clean(c));

  it("a commune like the others trips nothing", () => {
    const { days, communes } = judge(province);
    for (const j of [...days.values(), ...communes.values()]) expect(j.review).toBe(false);
    expect(communes.get("07201")!.signals).toHaveLength(7);
  });

  it.each([
    ["speed", { fast: 18 }, "18/40 phiếu hoàn thành dưới 55–58 giây"],
    ["burst", { peak: 12 }, "12 phiếu trong 5 phút, gấp 36 lần nhịp trung bình của xã trong giờ làm việc"],
    ["straight_lined", { straightLined: 25 }, "25/40 phiếu chọn cùng một mức cho cả 10 câu C1–C10"],
    [
      "duplicate",
      { duplicates: 9, windowDuplicates: 9 },
      "9/40 phiếu trùng hệt mọi câu trả lời của một phiếu khác",
    ],
    ["help", { helped: 20 }, "20/40 phiếu được người khác hỗ trợ khi trả lời (50%; trung vị của tỉnh 10%)"],
    ["place", { atOffice: 8 }, "8/40 phiếu trả lời tại bộ phận một cửa (20%; trung vị của tỉnh 75%)"],
    [
      "out_of_hours",
      { outOfHours: 15 },
      "15/40 phiếu gửi ngoài giờ làm việc 7:00–17:00 (38%; trung vị của tỉnh 5%)",
    ],
  ])("%s over its threshold marks the commune 'cần xem xét' with the reason", (kind, change, reason) => {
    const rows = [...province.slice(1), { ...clean("07201"), ...change }];
    const { days, communes } = judge(rows);
    const day = days.get(dayKey("07201", "2024-06-12"))!;
    expect(day).toMatchObject({ review: true, reasons: [reason] });
    expect(day.signals.filter((s) => s.flagged).map((s) => s.kind)).toEqual([kind]);
    expect(communes.get("07201")!.reasons).toEqual([reason]);
    expect(days.get(dayKey("07222", "2024-06-12"))!.review).toBe(false);
  });

  it("says nothing about shares with fewer than the minimum responses", () => {
    const few = { ...clean("07201"), responses: 9, timed: 9, fast: 9, straightLined: 9 };
    expect(judge([...province.slice(1), few]).communes.get("07201")!.review).toBe(false);
  });

  it("over the window adds the days, counts repeats across days and keeps the worst day's burst", () => {
    const rows = [
      ...province.slice(1),
      { ...clean("07201"), fast: 5, windowDuplicates: 1 },
      { ...clean("07201", "2024-06-13"), fast: 5, duplicates: 0, windowDuplicates: 20, peak: 15 },
    ];
    const commune = judge(rows).communes.get("07201")!;
    const signal = (kind: string) => commune.signals.find((s) => s.kind === kind)!;
    expect(signal("speed")).toMatchObject({ count: 10, of: 80, flagged: false });
    expect(signal("duplicate")).toMatchObject({ count: 21, of: 80, flagged: true });
    expect(signal("burst")).toMatchObject({ count: 15, of: 40, flagged: true });
    expect(commune.responses).toBe(80);
  });

  it("a threshold is an input: a stricter policy flags what the default lets pass", () => {
    const strict = ZIntegrityPolicy.parse({ ...POLICY, speed: { ...POLICY.speed, maxShare: 0.01 } });
    expect(judgeIntegrity(province, strict, range).communes.get("07201")!.review).toBe(true);
    expect(() =>
      ZIntegrityPolicy.parse({ ...POLICY, hours: { open: 17, close: 7, marginOverMedian: 0 } }),
    ).toThrow();
  });

  it("a commune without responses is clean", () => {
    expect(emptyJudgement(POLICY)).toMatchObject({ responses: 0, review: false, reasons: [] });
  });
});
