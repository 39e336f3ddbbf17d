import { eq, sql, TransactionRollbackError } from "drizzle-orm";
import type { Answers } from "@pks02/shared";
import { queryRows, type Database } from "../db/database";
import type { IdentityKind } from "../respondents/resolve-respondent";
import { respondentKeys, responses } from "./schema";

export interface NewResponse {
  submissionId: string;
  surveyId: string;
  surveyVersion: string;
  communeCode: string;
  identityKind: IdentityKind;
  answers: Answers;
  contentHash: string;
  surveyDay: string;
  /** The local hour of receipt, 0–23. */
  receivedHour: number;
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

/**
 * Store the answers and the respondent's de-duplication key in one transaction, each INSERT … ON CONFLICT
 * DO NOTHING so concurrent duplicates cannot store two rows; a key already there rolls the answers back.
 * The two rows share nothing but the commune and survey.
 */
export async function storeResponse(
  db: Database,
  response: NewResponse,
  respondentKey: string,
): Promise<StoreOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const stored = await tx
        .insert(responses)
        .values(response)
        .onConflictDoNothing()
        .returning({ submissionId: responses.submissionId });
      if (stored.length === 0) return "submission-taken";
      const { surveyId, communeCode } = response;
      const keyed = await tx
        .insert(respondentKeys)
        .values({ surveyId, communeCode, respondentKey })
        .onConflictDoNothing()
        .returning({ surveyId: respondentKeys.surveyId });
      if (keyed.length === 0) tx.rollback();
      return "stored";
    });
  } catch (error) {
    if (error instanceof TransactionRollbackError) return "already-answered";
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

/** Forget who answered a survey (every de-duplication key of it); returns how many keys were deleted. */
export async function deleteRespondentKeys(db: Database, surveyId: string): Promise<number> {
  const [row] = await queryRows<{ deleted: number }>(
    db,
    sql`WITH gone AS (DELETE FROM respondent_keys WHERE survey_id = ${surveyId} RETURNING 1)
        SELECT count(*)::int AS deleted FROM gone`,
  );
  return Number(row?.deleted ?? 0);
}
