import type { Interval } from "./stats";
import type { RankingEntry } from "./schema";

/** The fewest valid responses for a commune to be ranked; below it: "chưa đủ mẫu". */
export const DEFAULT_MIN_SAMPLE = 20;

export type RankingInput = Omit<RankingEntry, "status" | "rank" | "band">;

const overlaps = (a: Interval, b: Interval) => a.high >= b.low && b.high >= a.low;

function statusOf(entry: RankingInput, minSample: number): RankingEntry["status"] {
  if (entry.index === null || entry.interval === null) return "no_data";
  return entry.responses < minSample ? "insufficient_sample" : "ranked";
}

/**
 * Rank communes by the chairperson index, highest first. Equal indexes share a rank (1, 2, 2, 4). A commune
 * whose interval overlaps the one ranked just above it is in the same band ("nhóm"): the data cannot tell
 * them apart, so a band, not a rank, is what a reader should compare. Communes below `minSample` and those
 * without an index follow, unranked (small samples first), by code.
 */
export function rankCommunes(
  inputs: readonly RankingInput[],
  minSample: number = DEFAULT_MIN_SAMPLE,
): RankingEntry[] {
  const withStatus = inputs.map((e) => ({ ...e, status: statusOf(e, minSample) }));
  const byCode = (a: RankingInput, b: RankingInput) => a.communeCode.localeCompare(b.communeCode);
  const ranked = withStatus
    .filter((e) => e.status === "ranked")
    .sort((a, b) => b.index! - a.index! || byCode(a, b));
  const entries: RankingEntry[] = [];
  ranked.forEach((entry, i) => {
    const above = entries[i - 1];
    const rank = above && above.index === entry.index ? above.rank! : i + 1;
    const band = !above ? 1 : overlaps(above.interval!, entry.interval!) ? above.band! : above.band! + 1;
    entries.push({ ...entry, rank, band });
  });
  const unranked = withStatus
    .filter((e) => e.status !== "ranked")
    .sort((a, b) => Number(a.status === "no_data") - Number(b.status === "no_data") || byCode(a, b));
  return [...entries, ...unranked.map((e) => ({ ...e, rank: null, band: null }))];
}
