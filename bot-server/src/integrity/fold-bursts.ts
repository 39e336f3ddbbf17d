import { sql } from "drizzle-orm";
import { localDateOf } from "@pks02/shared";
import type { AppContext } from "../context";
import { queryRows } from "../db/database";

/** What a fold did: the per-span rows deleted and the commune-days they were folded into. */
export interface BurstFold {
  spans: number;
  days: number;
}

/**
 * Fold the 5-minute burst counters of every survey day already over (local date) into one row per
 * commune-day — the day's peak and the forms counted — and delete the spans (migration 0008: a span row can
 * narrow a lone form's hour to 5 minutes, so it lives only while its day is open). One statement, so one
 * transaction: the spans a fold deletes are the spans it folds, and a concurrent fold waits on the same rows,
 * then finds them gone. Idempotent: with nothing left to fold it changes nothing. A form still being stored at
 * midnight for the day that ended leaves a span that the next fold merges (the peak is the greater of the two).
 */
export async function foldClosedBurstDays(ctx: AppContext): Promise<BurstFold> {
  const today = localDateOf(ctx.now());
  const [row] = await queryRows<{ spans: number; days: number }>(
    ctx.db,
    sql`WITH gone AS (
          DELETE FROM response_bursts WHERE survey_day < ${today}::date
          RETURNING survey_id, commune_code, survey_day, responses),
        folded AS (
          INSERT INTO response_burst_days AS d (survey_id, commune_code, survey_day, peak, responses)
            SELECT survey_id, commune_code, survey_day, max(responses), sum(responses) FROM gone GROUP BY 1, 2, 3
          ON CONFLICT (survey_id, commune_code, survey_day) DO UPDATE
            SET peak = greatest(d.peak, excluded.peak), responses = d.responses + excluded.responses
          RETURNING 1)
        SELECT (SELECT count(*) FROM gone)::int AS spans, (SELECT count(*) FROM folded)::int AS days`,
  );
  const fold = { spans: Number(row?.spans ?? 0), days: Number(row?.days ?? 0) };
  if (fold.spans > 0) ctx.logger.info(fold, "burst counters of closed days folded");
  return fold;
}
