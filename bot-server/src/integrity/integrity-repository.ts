import { sql, type SQL } from "drizzle-orm";
import {
  AT_OFFICE_ANSWER,
  HELPED_ANSWER,
  type SurveyDefinition,
  STRAIGHT_LINE_SECTION,
  type IntegrityCounts,
  type IntegrityPolicy,
  type MinimumTimeRule,
} from "@pks02/shared";
import { queryRows, type Database } from "../db/database";

/**
 * The campaign, survey and days the signals are about (the burst counters are kept per survey, migration 0008).
 */
export interface IntegrityScope {
  campaignId: string;
  surveyId: string;
  /** The campaign's form: its index section's scale questions are what straight-lining is judged on. */
  form: SurveyDefinition;
  days: { start: string; end: string };
}

/** The plausible minimum of `r.answers` as SQL: the rule's base plus each conditional question shown. */
function minimumSql(rule: MinimumTimeRule): SQL {
  const terms = rule.conditional.map((c) => {
    const shown = sql.join(
      c.when.map((w) => sql`r.answers->>${w.questionId} = ${String(w.equals)}`),
      sql` AND `,
    );
    return sql` + CASE WHEN ${shown} THEN ${c.seconds}::int ELSE 0 END`;
  });
  return sql`(${rule.baseSeconds}::int${sql.join(terms, sql``)})`;
}

/** The scale questions of the form's straight-line section (C1–C10 of PKS 02) all answered with one level. */
function straightLinedSql(form: SurveyDefinition): SQL {
  const ids = (form.sections.find((s) => s.id === STRAIGHT_LINE_SECTION)?.questions ?? [])
    .filter((q) => q.type === "scale")
    .map((q) => q.id);
  const [first, ...rest] = ids;
  // A form without two such questions has nothing to straight-line.
  if (first === undefined || rest.length === 0) return sql`FALSE`;
  const same = rest.map((id) => sql`r.answers->${id} = r.answers->${first}`);
  return sql`(jsonb_typeof(r.answers->${first}) = 'number' AND ${sql.join(same, sql` AND `)})`;
}

const answered = (a: { questionId: string; value: number }) =>
  sql`r.answers->>${a.questionId} = ${String(a.value)}`;

/**
 * Every commune-day of the province with responses: the counts every signal needs, in one query (the answers'
 * facts grouped by commune and day, joined with the peaks of the burst counters: an open day's 5-minute spans,
 * a closed day's folded peak — see fold-bursts.ts). Repeats are told by the
 * content hash (commune, version, every answer): within the day, and over the window on the later day.
 */
export async function loadIntegrityCounts(
  db: Database,
  scope: IntegrityScope,
  policy: IntegrityPolicy,
  rule: MinimumTimeRule,
): Promise<IntegrityCounts[]> {
  const { open, close } = policy.hours;
  const rows = await queryRows<Record<string, number | string>>(
    db,
    sql`
      WITH facts AS (
        SELECT r.commune_code, r.survey_day, r.completion_seconds < ${minimumSql(rule)} AS fast,
          r.completion_seconds IS NOT NULL AS timed, ${straightLinedSql(scope.form)} AS straight,
          row_number() OVER (PARTITION BY r.commune_code, r.survey_day, r.content_hash) > 1 AS repeat_day,
          row_number() OVER (PARTITION BY r.commune_code, r.content_hash ORDER BY r.survey_day) > 1 AS repeat_window,
          r.answers->${HELPED_ANSWER.questionId} IS NOT NULL AS help_answered, ${answered(HELPED_ANSWER)} AS helped,
          r.answers->${AT_OFFICE_ANSWER.questionId} IS NOT NULL AS place_answered, ${answered(AT_OFFICE_ANSWER)} AS at_office,
          (r.received_hour < ${open} OR r.received_hour >= ${close}) AS out_of_hours
        FROM responses r
        WHERE r.campaign_id = ${scope.campaignId} AND r.survey_id = ${scope.surveyId}
          AND r.survey_day BETWEEN ${scope.days.start}::date AND ${scope.days.end}::date),
      peaks AS (
        SELECT commune_code, survey_day, max(peak) AS peak FROM (
          SELECT commune_code, survey_day, responses AS peak FROM response_bursts WHERE survey_id = ${scope.surveyId}
          UNION ALL
          SELECT commune_code, survey_day, peak FROM response_burst_days WHERE survey_id = ${scope.surveyId}) p
        GROUP BY 1, 2)
      SELECT f.commune_code AS "communeCode", f.survey_day::text AS day, count(*)::int AS responses,
        count(*) FILTER (WHERE timed)::int AS timed, count(*) FILTER (WHERE fast)::int AS fast,
        count(*) FILTER (WHERE straight)::int AS "straightLined",
        count(*) FILTER (WHERE repeat_day)::int AS duplicates,
        count(*) FILTER (WHERE repeat_window)::int AS "windowDuplicates",
        count(*) FILTER (WHERE help_answered)::int AS "helpAnswered", count(*) FILTER (WHERE helped)::int AS helped,
        count(*) FILTER (WHERE place_answered)::int AS "placeAnswered",
        count(*) FILTER (WHERE at_office)::int AS "atOffice",
        count(*) FILTER (WHERE out_of_hours)::int AS "outOfHours", coalesce(max(p.peak), 0)::int AS peak
      FROM facts f LEFT JOIN peaks p USING (commune_code, survey_day)
      GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  return rows as unknown as IntegrityCounts[];
}
