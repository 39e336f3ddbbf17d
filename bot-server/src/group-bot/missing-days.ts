import type { MissingDays } from "@pks02/shared";
import type { AppContext } from "../context";
import { computeProgress } from "../progress/compute-progress";

/** For each commune (of a district, or all) the survey days among `dates` that have no visitor count. */
export async function missingVisitDays(
  ctx: AppContext,
  dates: readonly string[],
  districtCode?: string,
): Promise<MissingDays> {
  const missing = new Map<string, string[]>();
  for (const date of dates) {
    const day = await computeProgress(ctx, { dates: [date], districtCode });
    for (const commune of day.communes) {
      if (commune.visits === null) missing.set(commune.code, [...(missing.get(commune.code) ?? []), date]);
    }
  }
  return missing;
}
