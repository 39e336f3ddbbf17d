import { sql, type SQL } from "drizzle-orm";
import {
  freeTextQuestions,
  type Comment,
  type HelperDay,
  type ImplementationDay,
  type TallyRow,
} from "@pks02/shared";
import { queryRows, type Database } from "../db/database";
import { campaignDayFilter, validResponses, type ResultsScope } from "./scope";

/**
 * Per commune and question: how many answered it (value null) and how many chose each value (a multi-choice
 * answer adds one per chosen value; free text is not counted) — one GROUP BY over the answers, whatever the
 * number of communes. With `wholeProvince`, one unit "province" over every commune.
 */
export async function loadTallyRows(
  db: Database,
  scope: ResultsScope,
  options: { wholeProvince?: boolean } = {},
): Promise<TallyRow[]> {
  const unit = options.wholeProvince ? sql`'province'` : sql`r.commune_code`;
  const rows = await queryRows<{ unit: string; question_id: string; value: number | null; count: number }>(
    db,
    sql`
      SELECT ${unit} AS unit, a.key AS question_id, e.value::int AS value, count(*)::int AS count
      FROM responses r
      CROSS JOIN LATERAL jsonb_each(r.answers) a
      CROSS JOIN LATERAL (
        SELECT NULL::text
        UNION ALL
        SELECT jsonb_array_elements_text(CASE jsonb_typeof(a.value) WHEN 'array' THEN a.value ELSE jsonb_build_array(a.value) END)
      ) AS e(value)
      WHERE jsonb_typeof(a.value) IN ('number', 'array') AND ${validResponses(scope, options)}
      GROUP BY 1, 2, 3`,
  );
  return rows.map((r) => ({ unitCode: r.unit, questionId: r.question_id, value: r.value, count: r.count }));
}

/**
 * Valid responses per commune, and of those the ones identified only by a device id (communes without any
 * response are absent from both; without a device-id response, from `unverified`).
 */
export async function loadResponseCounts(
  db: Database,
  scope: ResultsScope,
): Promise<{ responses: Map<string, number>; unverified: Map<string, number> }> {
  const rows = await queryRows<{ commune_code: string; count: number; unverified: number }>(
    db,
    sql`SELECT r.commune_code, count(*)::int AS count,
               count(*) FILTER (WHERE r.identity_kind = 'device')::int AS unverified
        FROM responses r WHERE ${validResponses(scope)} GROUP BY 1`,
  );
  return {
    responses: new Map(rows.map((r) => [r.commune_code, r.count])),
    unverified: new Map(rows.filter((r) => r.unverified > 0).map((r) => [r.commune_code, r.unverified])),
  };
}

/** Valid responses of the whole province. */
export async function loadProvinceResponseCount(db: Database, scope: ResultsScope): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM responses r WHERE ${validResponses(scope, { wholeProvince: true })}`,
  );
  return row?.count ?? 0;
}

/** Each commune's survey days: responses, the reported visitor count, photo reports and helpers listed. */
export async function loadImplementationDays(
  db: Database,
  scope: ResultsScope,
): Promise<ImplementationDay[]> {
  const inDays = (column: SQL = sql`survey_day`) =>
    sql`${column} BETWEEN ${scope.days.start}::date AND ${scope.days.end}::date`;
  const rows = await queryRows<{
    commune_code: string;
    day: string;
    responses: number;
    visits: number | null;
    photos: number;
    helpers: number;
  }>(
    db,
    sql`
      SELECT commune_code, day, sum(responses)::int AS responses, max(visits)::int AS visits,
             sum(photos)::int AS photos, max(helpers)::int AS helpers
      FROM (
        SELECT r.commune_code, r.survey_day::text AS day, count(*) AS responses, NULL::int AS visits, 0 AS photos, 0 AS helpers
          FROM responses r WHERE ${validResponses(scope)} AND ${inDays(sql`r.survey_day`)} GROUP BY 1, 2
        UNION ALL
        SELECT commune_code, survey_day::text, 0, visits, 0, jsonb_array_length(helpers)
          FROM commune_day_visits WHERE ${inDays()} AND ${campaignDayFilter(scope)}
        UNION ALL
        SELECT commune_code, survey_day::text, 0, NULL, count(*), 0
          FROM photo_reports WHERE ${inDays()} AND ${campaignDayFilter(scope)} GROUP BY 1, 2
      ) AS days
      GROUP BY 1, 2`,
  );
  return rows.map((r) => ({
    communeCode: r.commune_code,
    day: r.day,
    responses: r.responses,
    visits: r.visits,
    photos: r.photos,
    helpers: r.helpers,
  }));
}

/** Every helper listed for a commune's survey day. */
export async function loadHelperDays(db: Database, scope: ResultsScope): Promise<HelperDay[]> {
  const rows = await queryRows<{
    commune_code: string;
    commune_name: string;
    day: string;
    name: string;
    role: string;
  }>(
    db,
    sql`
      SELECT v.commune_code, c.name AS commune_name, v.survey_day::text AS day, h->>'name' AS name, h->>'role' AS role
      FROM commune_day_visits v
      JOIN communes c ON c.code = v.commune_code
      CROSS JOIN LATERAL jsonb_array_elements(v.helpers) h
      WHERE v.survey_day BETWEEN ${scope.days.start}::date AND ${scope.days.end}::date
        AND ${campaignDayFilter(scope, "v.")}`,
  );
  return rows.map((r) => ({
    communeCode: r.commune_code,
    communeName: r.commune_name,
    day: r.day,
    name: r.name,
    role: r.role,
  }));
}

/**
 * The answers to the form's free-text questions (PKS 02: E4) by question and commune, in text order (never in
 * the order they came in: that could point at a person).
 */
export async function loadComments(db: Database, scope: ResultsScope): Promise<Comment[]> {
  const questions = freeTextQuestions(scope.form).map((q, i) => sql`(${q.id}::text, ${i}::int)`);
  if (questions.length === 0) return [];
  const rows = await queryRows<{ commune_code: string; question_id: string; text: string }>(
    db,
    sql`
      SELECT r.commune_code, q.id AS question_id, r.answers->>q.id AS text
      FROM responses r CROSS JOIN (VALUES ${sql.join(questions, sql`, `)}) AS q(id, position)
      WHERE ${validResponses(scope)} AND jsonb_typeof(r.answers->q.id) = 'string'
      ORDER BY q.position, 1, 3`,
  );
  return rows.map((r) => ({ communeCode: r.commune_code, questionId: r.question_id, text: r.text }));
}
