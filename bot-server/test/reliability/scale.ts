/**
 * How big a reliability test runs: `npm run test:reliability` sets RELIABILITY_SCALE=full (minutes);
 * `npm test` and CI run the short version (seconds) to keep the suite working.
 */
export function reliabilityScale<T>(sizes: { full: T; short: T }): T {
  return process.env.RELIABILITY_SCALE === "full" ? sizes.full : sizes.short;
}

/** Whether this is the full run (which may restart the machine's PostgreSQL). */
export const isFullReliabilityRun = (): boolean => process.env.RELIABILITY_SCALE === "full";
