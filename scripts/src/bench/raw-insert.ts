// The row POST /api/responses stores, inserted straight with the same statement shape: the database's own rate.
import { createHash, randomUUID } from "node:crypto";
import { PKS02_DEFINITION, localDateOf, type ResponseInput } from "@pks02/shared";

export const RAW_INSERT = `INSERT INTO responses (submission_id, survey_id, survey_version, commune_code,
  respondent_key, identity_kind, answers, content_hash, started_at, received_at, survey_day)
  VALUES ($1, $2, $3, $4, $5, 'device', $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The parameters of RAW_INSERT for one submission, as the API would store it today. */
export function rawRowOf(body: ResponseInput): unknown[] {
  const now = new Date();
  return [
    body.submissionId,
    PKS02_DEFINITION.id,
    body.surveyVersion,
    body.communeCode,
    sha256(randomUUID()),
    JSON.stringify(body.answers),
    sha256(JSON.stringify(body)),
    null,
    now,
    localDateOf(now),
  ];
}
