import { sql } from "drizzle-orm";
import type { CommuneDayCounts, Scope } from "@pks02/shared";
import { queryRows, type Database } from "../db/database";

function scopeFilter(scope: Scope) {
  switch (scope.kind) {
    case "province":
      return sql``;
    case "district":
      return sql`AND commune_code IN (SELECT code FROM communes WHERE district_code = ${scope.districtCode})`;
    case "commune":
      return sql`AND commune_code = ${scope.communeCode}`;
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/**
 * Per commune and survey day of a campaign's scope: stored responses, the reported visitor count and photo reports, in
 * one query (pairs with none of the three are absent). A response's survey day is its local date of receipt.
 * Responses come from the counters a trigger keeps (migrations 0011 and 0015, per campaign): the query's cost
 * does not grow with them.
 */
export async function loadCommuneDays(
  db: Database,
  options: { campaignId: string; days: readonly string[]; scope: Scope },
): Promise<CommuneDayCounts[]> {
  if (options.days.length === 0) return [];
  const days = sql.join(
    options.days.map((d) => sql`${d}::date`),
    sql`, `,
  );
  const inScope = scopeFilter(options.scope);
  const rows = await queryRows<{
    commune_code: string;
    day: string;
    responses: number;
    unverified: number;
    visits: number | null;
    photos: number;
  }>(
    db,
    sql`
      SELECT commune_code, to_char(survey_day, 'YYYY-MM-DD') AS day, sum(responses)::int AS responses, sum(unverified)::int AS unverified,
             max(visits)::int AS visits, sum(photos)::int AS photos
      FROM (
        SELECT commune_code, survey_day, responses, unverified, NULL::int AS visits, 0 AS photos
          FROM response_counts
          WHERE campaign_id = ${options.campaignId} AND survey_day IN (${days}) AND responses > 0 ${inScope}
        UNION ALL
        SELECT commune_code, survey_day, 0, 0, visits, 0
          FROM commune_day_visits
          WHERE campaign_id = ${options.campaignId} AND survey_day IN (${days}) ${inScope}
        UNION ALL
        SELECT commune_code, survey_day, 0, 0, NULL, count(*)
          FROM photo_reports
          WHERE campaign_id = ${options.campaignId} AND survey_day IN (${days}) ${inScope}
          GROUP BY commune_code, survey_day
      ) AS counts
      GROUP BY commune_code, survey_day`,
  );
  return rows.map((r) => ({
    communeCode: r.commune_code,
    date: r.day,
    responses: Number(r.responses),
    unverifiedResponses: Number(r.unverified),
    visits: r.visits === null ? null : Number(r.visits),
    photos: Number(r.photos),
  }));
}
