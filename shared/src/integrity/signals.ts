import { workingSpans, type IntegrityPolicy } from "./policy";
import type { IntegrityJudgement, IntegritySignal } from "./schema";

/** What the server counts for one commune and survey day (every stored response, excluded ones too). */
export interface IntegrityCounts {
  communeCode: string;
  day: string;
  responses: number;
  /** Responses with a known completion time, and those faster than their plausible minimum. */
  timed: number;
  fast: number;
  /** C1–C10 all at one level. */
  straightLined: number;
  /** Repeats of an answer set already given in the commune that day / earlier in the window. */
  duplicates: number;
  windowDuplicates: number;
  /** F6 answered, and answered "được hỗ trợ thao tác". */
  helpAnswered: number;
  helped: number;
  /** F5 answered, and answered "tại bộ phận một cửa". */
  placeAnswered: number;
  atOffice: number;
  /** Received outside the office's working hours. */
  outOfHours: number;
  /** The most responses in one 5-minute bucket (from the burst counters). */
  peak: number;
}

/** A unit to judge: a commune-day, or a commune over the window (sums; the burst of its worst day). */
type Unit = Omit<IntegrityCounts, "communeCode" | "day" | "windowDuplicates"> & { peakDayResponses: number };

/** The province's medians at one level (null: no unit had enough answers). */
interface Medians {
  help: number | null;
  place: number | null;
  hours: number | null;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const ratioOf = (n: number, d: number) => (d > 0 ? n / d : null);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mediansOf(units: Unit[], policy: IntegrityPolicy): Medians {
  const shares = (num: (u: Unit) => number, den: (u: Unit) => number) =>
    median(units.filter((u) => den(u) >= policy.minResponses).map((u) => num(u) / den(u)));
  return {
    help: shares(
      (u) => u.helped,
      (u) => u.helpAnswered,
    ),
    place: shares(
      (u) => u.atOffice,
      (u) => u.placeAnswered,
    ),
    hours: shares(
      (u) => u.outOfHours,
      (u) => u.responses,
    ),
  };
}

/** A share signal: judged with enough answers; flagged when `over(share)`. */
function shareSignal(
  kind: IntegritySignal["kind"],
  count: number,
  of: number,
  policy: IntegrityPolicy,
  judge: { yardstick?: number | null; over: (share: number) => boolean; reason: string },
): IntegritySignal {
  const share = ratioOf(count, of);
  const flagged = share !== null && of >= policy.minResponses && judge.over(share);
  return {
    kind,
    count,
    of,
    share,
    yardstick: judge.yardstick ?? null,
    flagged,
    reason: flagged ? judge.reason : null,
  };
}

function burstSignal(unit: Unit, policy: IntegrityPolicy): IntegritySignal {
  const rate = unit.peakDayResponses / workingSpans(policy);
  const ratio = rate > 0 ? unit.peak / rate : null;
  const flagged = ratio !== null && unit.peak >= policy.burst.minPeak && ratio >= policy.burst.minRatio;
  const reason = `${unit.peak} phiếu trong 5 phút, gấp ${Math.round(ratio ?? 0)} lần nhịp trung bình của xã trong giờ làm việc`;
  return {
    kind: "burst",
    count: unit.peak,
    of: unit.peakDayResponses,
    share: ratio,
    yardstick: rate,
    flagged,
    reason: flagged ? reason : null,
  };
}

const aboveMedian = (median: number | null, margin: number) => (share: number) =>
  median !== null && share > median + margin;

function signalsOf(
  unit: Unit,
  medians: Medians,
  policy: IntegrityPolicy,
  seconds: string,
): IntegritySignal[] {
  const { help, place, hours, sameness, speed } = policy;
  const vsMedian = (m: number | null) => (m === null ? "" : `; trung vị của tỉnh ${percent(m)}`);
  const n = unit.responses;
  return [
    shareSignal("speed", unit.fast, unit.timed, policy, {
      over: (s) => s > speed.maxShare,
      reason: `${unit.fast}/${unit.timed} phiếu hoàn thành dưới ${seconds} giây`,
    }),
    burstSignal(unit, policy),
    shareSignal("straight_lined", unit.straightLined, n, policy, {
      over: (s) => s > sameness.maxStraightShare,
      reason: `${unit.straightLined}/${n} phiếu chọn cùng một mức cho cả 10 câu C1–C10`,
    }),
    shareSignal("duplicate", unit.duplicates, n, policy, {
      over: (s) => s > sameness.maxDuplicateShare,
      reason: `${unit.duplicates}/${n} phiếu trùng hệt mọi câu trả lời của một phiếu khác`,
    }),
    shareSignal("help", unit.helped, unit.helpAnswered, policy, {
      yardstick: medians.help,
      over: aboveMedian(medians.help, help.marginOverMedian),
      reason: `${unit.helped}/${unit.helpAnswered} phiếu được người khác hỗ trợ khi trả lời (${percent(unit.helped / Math.max(1, unit.helpAnswered))}${vsMedian(medians.help)})`,
    }),
    shareSignal("place", unit.atOffice, unit.placeAnswered, policy, {
      yardstick: medians.place,
      over: (s) => medians.place !== null && Math.abs(s - medians.place) > place.marginOverMedian,
      reason: `${unit.atOffice}/${unit.placeAnswered} phiếu trả lời tại bộ phận một cửa (${percent(unit.atOffice / Math.max(1, unit.placeAnswered))}${vsMedian(medians.place)})`,
    }),
    shareSignal("out_of_hours", unit.outOfHours, n, policy, {
      yardstick: medians.hours,
      over: aboveMedian(medians.hours, hours.marginOverMedian),
      reason: `${unit.outOfHours}/${n} phiếu gửi ngoài giờ làm việc ${hours.open}:00–${hours.close}:00 (${percent(unit.outOfHours / Math.max(1, n))}${vsMedian(medians.hours)})`,
    }),
  ];
}

function judgementOf(
  unit: Unit,
  medians: Medians,
  policy: IntegrityPolicy,
  seconds: string,
): IntegrityJudgement {
  const signals = signalsOf(unit, medians, policy, seconds);
  const reasons = signals.flatMap((s) => (s.flagged && s.reason ? [s.reason] : []));
  return { responses: unit.responses, review: reasons.length > 0, reasons, signals };
}

const dayUnit = (c: IntegrityCounts): Unit => ({ ...c, peakDayResponses: c.responses });

/** A commune over the window: the days' counts added (repeats across days too); the burst of its worst day. */
function windowUnit(days: IntegrityCounts[], policy: IntegrityPolicy): Unit {
  const sum = (pick: (c: IntegrityCounts) => number) => days.reduce((s, c) => s + pick(c), 0);
  // The worst day: a peak big enough to count first, then the highest peak for the day's responses.
  const big = (c: IntegrityCounts) => (c.peak >= policy.burst.minPeak ? 1 : 0);
  const worst = [...days].sort((a, b) => big(b) - big(a) || b.peak * a.responses - a.peak * b.responses)[0];
  return {
    responses: sum((c) => c.responses),
    timed: sum((c) => c.timed),
    fast: sum((c) => c.fast),
    straightLined: sum((c) => c.straightLined),
    duplicates: sum((c) => c.windowDuplicates),
    helpAnswered: sum((c) => c.helpAnswered),
    helped: sum((c) => c.helped),
    placeAnswered: sum((c) => c.placeAnswered),
    atOffice: sum((c) => c.atOffice),
    outOfHours: sum((c) => c.outOfHours),
    peak: worst?.peak ?? 0,
    peakDayResponses: worst?.responses ?? 0,
  };
}

/** Every commune-day's and every commune's judgement, keyed `code|day` and `code`. */
export interface IntegrityJudgements {
  days: Map<string, IntegrityJudgement>;
  communes: Map<string, IntegrityJudgement>;
}

export const dayKey = (communeCode: string, day: string) => `${communeCode}|${day}`;

/**
 * Judge every commune-day and commune of the province (pure). `rows` hold the whole province, so the medians
 * are the province's whatever the reader's scope; `minimumSeconds` words the speed reason ("55–58").
 */
export function judgeIntegrity(
  rows: readonly IntegrityCounts[],
  policy: IntegrityPolicy,
  minimumSeconds: { low: number; high: number },
): IntegrityJudgements {
  const { low, high } = minimumSeconds;
  const seconds = low === high ? `${low}` : `${low}–${high}`;
  const days = new Map<string, IntegrityJudgement>();
  for (const date of new Set(rows.map((r) => r.day))) {
    const ofDay = rows.filter((r) => r.day === date);
    const medians = mediansOf(ofDay.map(dayUnit), policy);
    for (const r of ofDay)
      days.set(dayKey(r.communeCode, date), judgementOf(dayUnit(r), medians, policy, seconds));
  }
  const byCommune = new Map<string, IntegrityCounts[]>();
  for (const r of rows) byCommune.set(r.communeCode, [...(byCommune.get(r.communeCode) ?? []), r]);
  const units = new Map([...byCommune].map(([code, own]) => [code, windowUnit(own, policy)]));
  const medians = mediansOf([...units.values()], policy);
  const communes = new Map([...units].map(([code, u]) => [code, judgementOf(u, medians, policy, seconds)]));
  return { days, communes };
}

/** The judgement of a unit without responses: nothing to say. */
export function emptyJudgement(policy: IntegrityPolicy): IntegrityJudgement {
  const none: Unit = { ...windowUnit([], policy) };
  return judgementOf(none, { help: null, place: null, hours: null }, policy, "");
}
