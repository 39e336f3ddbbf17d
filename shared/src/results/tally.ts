/**
 * A unit's answers reduced to counts: what every figure is computed from, so that pooling communes into a
 * district or the province is adding counts (never averaging percentages).
 */
export interface Tally {
  /** Valid responses. */
  responses: number;
  /** Responses that answered each question (a multi-choice answer counts once). */
  answered: Record<string, number>;
  /** Per question, how many responses chose each option value (multi-choice: each chosen value). */
  counts: Record<string, Record<number, number>>;
}

/** One row of the server's GROUP BY: a (unit, question, value) count, or with value null, the answered count. */
export interface TallyRow {
  unitCode: string;
  questionId: string;
  value: number | null;
  count: number;
}

export function emptyTally(): Tally {
  return { responses: 0, answered: {}, counts: {} };
}

/** Count of responses choosing `value` for a question (0 when none did). */
export function countOf(tally: Tally, questionId: string, value: number): number {
  return tally.counts[questionId]?.[value] ?? 0;
}

function addCounts(into: Tally, questionId: string, value: number | null, count: number): void {
  if (value === null) {
    into.answered[questionId] = (into.answered[questionId] ?? 0) + count;
    return;
  }
  const counts = (into.counts[questionId] ??= {});
  counts[value] = (counts[value] ?? 0) + count;
}

/** Pool tallies (communes → district → province) by adding their counts. */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const pooled = emptyTally();
  for (const tally of tallies) {
    pooled.responses += tally.responses;
    for (const [questionId, n] of Object.entries(tally.answered)) addCounts(pooled, questionId, null, n);
    for (const [questionId, counts] of Object.entries(tally.counts)) {
      for (const [value, n] of Object.entries(counts)) addCounts(pooled, questionId, Number(value), n);
    }
  }
  return pooled;
}

/** Tallies by unit from GROUP BY rows and each unit's response count. */
export function talliesFromRows(
  responsesByUnit: ReadonlyMap<string, number>,
  rows: readonly TallyRow[],
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [unitCode, responses] of responsesByUnit) tallies.set(unitCode, { ...emptyTally(), responses });
  for (const row of rows) {
    let tally = tallies.get(row.unitCode);
    if (!tally) tallies.set(row.unitCode, (tally = emptyTally()));
    addCounts(tally, row.questionId, row.value, row.count);
  }
  return tallies;
}

/** A tally of plain answer sets (tests, and checking a figure from per-response rows). */
export function tallyAnswers(answerSets: readonly Record<string, unknown>[]): Tally {
  const tally = emptyTally();
  for (const answers of answerSets) {
    tally.responses += 1;
    for (const [questionId, answer] of Object.entries(answers)) {
      const values = Array.isArray(answer) ? answer : [answer];
      if (!values.every((v) => typeof v === "number")) continue;
      addCounts(tally, questionId, null, 1);
      for (const value of values) addCounts(tally, questionId, value as number, 1);
    }
  }
  return tally;
}
