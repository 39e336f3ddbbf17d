import { eq, sql } from "drizzle-orm";
import type { Answers } from "@pks02/shared";
import { queryRows, type Database } from "../db/database";
import type { IdentityKind } from "../respondents/resolve-respondent";
import { responses } from "./schema";

export interface NewResponse {
  submissionId: string;
  campaignId: string;
  surveyId: string;
  surveyVersion: string;
  communeCode: string;
  identityKind: IdentityKind;
  answers: Answers;
  contentHash: string;
  surveyDay: string;
  /** The local hour of receipt, 0–23. */
  receivedHour: number;
  /** The local 5-minute span of receipt, 0–287: counted apart (burst counters), never stored with the answers. */
  receivedSpan: number;
  completionSeconds: number | null;
}

/** What is needed to tell a retry from a conflict, and to answer a retry with the original receipt. */
export interface StoredSubmission {
  submissionId: string;
  contentHash: string;
  surveyDay: string;
  receivedHour: number;
}

/** What became of a response: stored, its submission id already taken, or its respondent already answered. */
export type StoreOutcome = "stored" | "submission-taken" | "already-answered";

/** The SQLSTATE of respondent_already_answered() (migration 0004), on either driver. */
const isAlreadyAnswered = (error: unknown): boolean => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return code === "PKS01" || cause?.code === "PKS01";
};

/**
 * Store the answers and the respondent's de-duplication key in one statement (one round trip, atomic):
 * both INSERT … ON CONFLICT DO NOTHING, so concurrent duplicates cannot store two rows; a key already
 * there (the same respondent, unit and campaign) raises, which undoes the answers too. The two rows share
 * nothing but the campaign, the survey and the commune. The same statement adds one to the commune's burst
 * counter for the 5-minute span (migration 0008, per survey), which holds a count, not an answer.
 */
export async function storeResponse(
  db: Database,
  r: NewResponse,
  respondentKey: string,
): Promise<StoreOutcome> {
  try {
    const [row] = await queryRows<{ stored: number }>(
      db,
      sql`WITH stored AS (
            INSERT INTO responses (submission_id, campaign_id, survey_id, survey_version, commune_code,
              identity_kind, answers, content_hash, survey_day, received_hour, completion_seconds)
            VALUES (${r.submissionId}, ${r.campaignId}, ${r.surveyId}, ${r.surveyVersion}, ${r.communeCode},
              ${r.identityKind}, ${JSON.stringify(r.answers)}::jsonb, ${r.contentHash}, ${r.surveyDay}::date,
              ${r.receivedHour}, ${r.completionSeconds})
            ON CONFLICT DO NOTHING RETURNING 1),
          keyed AS (
            INSERT INTO respondent_keys (campaign_id, survey_id, commune_code, respondent_key)
              SELECT ${r.campaignId}, ${r.surveyId}, ${r.communeCode}, ${respondentKey} FROM stored
            ON CONFLICT DO NOTHING RETURNING 1),
          counted AS (
            INSERT INTO response_bursts (survey_id, commune_code, survey_day, span, responses)
              SELECT ${r.surveyId}, ${r.communeCode}, ${r.surveyDay}::date, ${r.receivedSpan}, 1 FROM stored
            ON CONFLICT (survey_id, commune_code, survey_day, span)
              DO UPDATE SET responses = response_bursts.responses + 1
            RETURNING 1)
          SELECT CASE WHEN (SELECT count(*) FROM stored) > (SELECT count(*) FROM keyed)
                   THEN respondent_already_answered() ELSE (SELECT count(*) FROM stored)::int END AS stored,
                 (SELECT count(*) FROM counted)::int AS counted`,
    );
    return Number(row?.stored) === 1 ? "stored" : "submission-taken";
  } catch (error) {
    if (isAlreadyAnswered(error)) return "already-answered";
    throw error;
  }
}

/** The stored submission with this id, if any. */
export async function findSubmission(
  db: Database,
  submissionId: string,
): Promise<StoredSubmission | undefined> {
  const [row] = await db
    .select({
      submissionId: responses.submissionId,
      contentHash: responses.contentHash,
      surveyDay: responses.surveyDay,
      receivedHour: responses.receivedHour,
    })
    .from(responses)
    .where(eq(responses.submissionId, submissionId));
  return row;
}

/** Forget who answered a campaign (every de-duplication key of it); returns how many keys were deleted. */
export async function deleteRespondentKeys(db: Database, campaignId: string): Promise<number> {
  const [row] = await queryRows<{ deleted: number }>(
    db,
    sql`WITH gone AS (DELETE FROM respondent_keys WHERE campaign_id = ${campaignId} RETURNING 1)
        SELECT count(*)::int AS deleted FROM gone`,
  );
  return Number(row?.deleted ?? 0);
}
