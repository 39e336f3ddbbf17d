// The row POST /api/responses stores, inserted straight with the same statement shape: the database's own rate.
import { createHash, randomUUID } from "node:crypto";
import { PKS02_DEFINITION, localDateOf, localTimeOf, type ResponseInput } from "@pks02/shared";

// The answers and, apart, the de-duplication key in one statement, as the server stores them (migration 0004).
export const RAW_INSERT = `WITH stored AS (
    INSERT INTO responses (submission_id, survey_id, survey_version, commune_code, identity_kind, answers,
      content_hash, survey_day, received_hour, completion_seconds)
    VALUES ($1, $2, $3, $4, 'device', $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING 1)
  INSERT INTO respondent_keys (survey_id, commune_code, respondent_key)
    SELECT $2, $4, $10 FROM stored ON CONFLICT DO NOTHING`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The parameters of RAW_INSERT for one submission, as the API would store it today. */
export function rawRowOf(body: ResponseInput): unknown[] {
  const now = new Date();
  return [
    body.submissionId,
    PKS02_DEFINITION.id,
    body.surveyVersion,
    body.communeCode,
    JSON.stringify(body.answers),
    sha256(JSON.stringify(body)),
    localDateOf(now),
    Number(localTimeOf(now).slice(0, 2)),
    null,
    sha256(randomUUID()),
  ];
}
