import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../db/database";

export interface CommuneDayTotals {
  communeCode: string;
  /** Stored responses received on the given days. */
  responses: number;
  /** Sum of the counts reported for the given days. */
  visitsReported: number;
  /** How many of the given days have a count. */
  daysReported: number;
}

/**
 * Responses and reported visits per commune over some survey days, in one GROUP BY query (communes with
 * neither are absent). The survey day of a response is its stored local date of receipt. Responses come from
 * the counters a trigger keeps (migrations/0011): the query's cost does not grow with the responses.
 */
export async function loadCommuneTotals(
  db: Database,
  options: { surveyId: string; days: string[]; districtCode?: string },
): Promise<CommuneDayTotals[]> {
  if (options.days.length === 0) return [];
  const days = sql.join(
    options.days.map((d) => sql`${d}::date`),
    sql`, `,
  );
  const inDistrict = options.districtCode
    ? sql`AND commune_code IN (SELECT code FROM communes WHERE district_code = ${options.districtCode})`
    : sql``;
  const rows = await queryRows<{ commune_code: string; responses: number; visits: number; days: number }>(
    db,
    sql`
      SELECT commune_code, sum(responses)::int AS responses, sum(visits)::int AS visits, sum(days)::int AS days
      FROM (
        SELECT commune_code, sum(responses) AS responses, 0 AS visits, 0 AS days
          FROM response_counts
          WHERE survey_id = ${options.surveyId} AND survey_day IN (${days}) ${inDistrict}
          GROUP BY commune_code
        UNION ALL
        SELECT commune_code, 0, sum(visits), count(*)
          FROM commune_day_visits
          WHERE survey_day IN (${days}) ${inDistrict}
          GROUP BY commune_code
      ) AS totals
      GROUP BY commune_code`,
  );
  return rows.map((r) => ({
    communeCode: r.commune_code,
    responses: Number(r.responses),
    visitsReported: Number(r.visits),
    daysReported: Number(r.days),
  }));
}
