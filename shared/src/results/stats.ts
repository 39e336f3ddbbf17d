/** A two-sided interval for a share, both ends in [0, 1]. */
export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval for `successes` out of `n` (95 % by default). Unlike the textbook p ± z·√(p(1−p)/n)
 * it stays inside [0, 1] and does not collapse to a point at 0 % or 100 %, which matters for communes of 20–60
 * answers. Null when there is no answer at all.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** successes / n, or null for n = 0. */
export function shareOf(successes: number, n: number): number | null {
  return n > 0 ? successes / n : null;
}

/** The arithmetic mean of the numbers that are not null; null when none is. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : null;
}
