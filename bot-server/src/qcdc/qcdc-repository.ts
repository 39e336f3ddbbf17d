import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../db/database";
import type { Helper } from "../visits/schema";

/** What the database holds for one commune and survey day: the reported count with its helpers, the responses. */
export interface StoredQcdcDay {
  communeCode: string;
  date: string;
  /** Null when no count was reported that day. */
  visits: number | null;
  /** The helpers the day's count listed (empty when none, or no count). */
  helpers: Helper[];
  responses: number;
}

/**
 * Every (unit, day) of a campaign's district or of all its units over some survey days, in one query: the
 * reported count and helpers, and the responses stored for that day (zero and null where there is nothing).
 */
export async function loadQcdcDays(
  db: Database,
  options: {
    campaignId: string;
    unitCodes: readonly string[];
    days: readonly string[];
    districtCode: string | null;
  },
): Promise<StoredQcdcDay[]> {
  if (options.days.length === 0 || options.unitCodes.length === 0) return [];
  const units = sql.join(
    options.unitCodes.map((code) => sql`${code}`),
    sql`, `,
  );
  const days = sql.join(
    options.days.map((d) => sql`${d}::date`),
    sql`, `,
  );
  const inDistrict =
    options.districtCode === null ? sql`` : sql`AND c.district_code = ${options.districtCode}`;
  const rows = await queryRows<{
    code: string;
    day: string;
    visits: number | null;
    helpers: Helper[] | null;
    responses: number;
  }>(
    db,
    sql`
      SELECT c.code, to_char(d.day, 'YYYY-MM-DD') AS day, v.visits, v.helpers, coalesce(r.responses, 0)::int AS responses
      FROM communes c
      CROSS JOIN unnest(ARRAY[${days}]) AS d(day)
      LEFT JOIN commune_day_visits v
        ON v.campaign_id = ${options.campaignId} AND v.commune_code = c.code AND v.survey_day = d.day
      LEFT JOIN (
        SELECT commune_code, survey_day, count(*) AS responses
          FROM responses
          WHERE campaign_id = ${options.campaignId} AND survey_day IN (${days})
          GROUP BY commune_code, survey_day
      ) r ON r.commune_code = c.code AND r.survey_day = d.day
      WHERE c.code IN (${units}) ${inDistrict}
      ORDER BY d.day, c.code`,
  );
  return rows.map((r) => ({
    communeCode: r.code,
    date: r.day,
    visits: r.visits === null ? null : Number(r.visits),
    helpers: r.helpers ?? [],
    responses: Number(r.responses),
  }));
}
