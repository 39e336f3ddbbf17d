import { and, eq } from "drizzle-orm";
import type { Answers } from "@pks02/shared";
import type { Database } from "../db/database";
import type { IdentityKind } from "../respondents/resolve-respondent";
import { responses } from "./schema";

export interface NewResponse {
  submissionId: string;
  campaignId: string;
  surveyId: string;
  surveyVersion: string;
  communeCode: string;
  respondentKey: string;
  identityKind: IdentityKind;
  answers: Answers;
  contentHash: string;
  startedAt: Date | null;
  receivedAt: Date;
  surveyDay: string;
}

/** What is needed to tell a retry from a conflict, and to answer a retry with the original receipt. */
export interface StoredSubmission {
  submissionId: string;
  contentHash: string;
  receivedAt: Date;
}

const storedColumns = {
  submissionId: responses.submissionId,
  contentHash: responses.contentHash,
  receivedAt: responses.receivedAt,
};

/**
 * Store a response unless its submission id or (campaign, commune, respondent) is already taken:
 * INSERT … ON CONFLICT DO NOTHING, so concurrent duplicates cannot store two rows. True when stored.
 */
export async function insertResponse(db: Database, response: NewResponse): Promise<boolean> {
  const inserted = await db
    .insert(responses)
    .values(response)
    .onConflictDoNothing()
    .returning({ submissionId: responses.submissionId });
  return inserted.length > 0;
}

/** The stored submission with this id, if any. */
export async function findSubmission(
  db: Database,
  submissionId: string,
): Promise<StoredSubmission | undefined> {
  const [row] = await db
    .select(storedColumns)
    .from(responses)
    .where(eq(responses.submissionId, submissionId));
  return row;
}

/** The respondent's stored response for a commune in a campaign, if any. */
export async function findRespondentSubmission(
  db: Database,
  key: { campaignId: string; communeCode: string; respondentKey: string },
): Promise<StoredSubmission | undefined> {
  const [row] = await db
    .select(storedColumns)
    .from(responses)
    .where(
      and(
        eq(responses.campaignId, key.campaignId),
        eq(responses.communeCode, key.communeCode),
        eq(responses.respondentKey, key.respondentKey),
      ),
    );
  return row;
}
