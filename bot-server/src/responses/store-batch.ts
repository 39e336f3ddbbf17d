import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../db/database";
import type { NewResponse } from "./responses-repository";

/** A response waiting to be stored, with its respondent's de-duplication key. */
export interface PendingResponse {
  response: NewResponse;
  respondentKey: string;
}

const rowOf = ({ response: r, respondentKey }: PendingResponse) => ({
  submission_id: r.submissionId,
  campaign_id: r.campaignId,
  survey_id: r.surveyId,
  survey_version: r.surveyVersion,
  commune_code: r.communeCode,
  identity_kind: r.identityKind,
  answers: r.answers,
  content_hash: r.contentHash,
  survey_day: r.surveyDay,
  received_hour: r.receivedHour,
  completion_seconds: r.completionSeconds,
  span: r.receivedSpan,
  respondent_key: respondentKey,
});

/**
 * Store many new responses in one statement (one round trip, one commit), the rows passed as one JSON
 * parameter. Only clearly new rows are stored: a row whose submission id is taken or whose respondent key is
 * already there is left out and reported as not stored, for the one-row statement to answer (retry, 409).
 * A key committed by another transaction after this statement's snapshot makes it raise PKS01, which undoes
 * the whole batch. Rows and counters are written in one order (campaign or survey, then day and commune), so
 * concurrent batches take their row locks in the same order. The caller passes no two rows with the same
 * submission id or the same key. Returns the submission ids stored.
 */
export async function storeBatch(db: Database, batch: PendingResponse[]): Promise<Set<string>> {
  const [row] = await queryRows<{ stored: string[] | null }>(
    db,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(batch.map(rowOf))}::jsonb) AS t(
            submission_id uuid, campaign_id text, survey_id text, survey_version text, commune_code text,
            identity_kind text, answers jsonb, content_hash text, survey_day date, received_hour smallint,
            completion_seconds integer, span smallint, respondent_key text)),
        stored AS (
          INSERT INTO responses (submission_id, campaign_id, survey_id, survey_version, commune_code,
            identity_kind, answers, content_hash, survey_day, received_hour, completion_seconds)
          SELECT submission_id, campaign_id, survey_id, survey_version, commune_code, identity_kind, answers,
            content_hash, survey_day, received_hour, completion_seconds
          FROM input i
          WHERE NOT EXISTS (SELECT 1 FROM respondent_keys k WHERE k.campaign_id = i.campaign_id
            AND k.commune_code = i.commune_code AND k.respondent_key = i.respondent_key)
          ORDER BY campaign_id, survey_day, commune_code
          ON CONFLICT DO NOTHING RETURNING submission_id),
        keyed AS (
          INSERT INTO respondent_keys (campaign_id, survey_id, commune_code, respondent_key)
            SELECT i.campaign_id, i.survey_id, i.commune_code, i.respondent_key
            FROM input i JOIN stored USING (submission_id)
            ORDER BY 1, 3, 4
          ON CONFLICT DO NOTHING RETURNING 1),
        counted AS (
          INSERT INTO response_bursts (survey_id, commune_code, survey_day, span, responses)
            SELECT i.survey_id, i.commune_code, i.survey_day, i.span, count(*)
            FROM input i JOIN stored USING (submission_id)
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (survey_id, commune_code, survey_day, span)
            DO UPDATE SET responses = response_bursts.responses + EXCLUDED.responses
          RETURNING 1)
        SELECT CASE WHEN (SELECT count(*) FROM stored) > (SELECT count(*) FROM keyed)
                 THEN respondent_already_answered() END AS refused,
               (SELECT json_agg(submission_id) FROM stored) AS stored,
               (SELECT count(*) FROM counted)::int AS counted`,
  );
  return new Set(row?.stored ?? []);
}
