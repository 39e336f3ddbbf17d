import { and, eq, sql } from "drizzle-orm";
import type { Answers } from "@pks02/shared";
import type { Database } from "../db/database";
import type { IdentityKind } from "../respondents/resolve-respondent";
import { responses } from "./schema";

export interface NewResponse {
  submissionId: string;
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

const NEW_RESPONSE_FIELDS = [
  "submissionId",
  "surveyId",
  "surveyVersion",
  "communeCode",
  "respondentKey",
  "identityKind",
  "answers",
  "contentHash",
  "startedAt",
  "receivedAt",
  "surveyDay",
] as const satisfies readonly (keyof NewResponse)[];

// The intake's two statements, built once per database and prepared by name: building a query with Drizzle
// and planning it in PostgreSQL cost more than the insert itself under load.
function prepareIntakeStatements(db: Database) {
  const placeholders: Record<string, unknown> = Object.fromEntries(
    NEW_RESPONSE_FIELDS.map((f) => [f, sql.placeholder(f)]),
  );
  // The column's encoder would call toISOString() on a null; as plain SQL the driver sends the Date or null.
  placeholders.startedAt = sql`${sql.placeholder("startedAt")}`;
  return {
    insert: db
      .insert(responses)
      .values(placeholders as unknown as NewResponse)
      .onConflictDoNothing()
      .returning({ submissionId: responses.submissionId })
      .prepare("intake_insert_response"),
    find: db
      .select(storedColumns)
      .from(responses)
      .where(eq(responses.submissionId, sql.placeholder("submissionId")))
      .prepare("intake_find_submission"),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareIntakeStatements>>();

function intakeStatements(db: Database) {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = prepareIntakeStatements(db)));
  return statements;
}

/**
 * Store a response unless its submission id or (survey, commune, respondent) is already taken:
 * INSERT … ON CONFLICT DO NOTHING, so concurrent duplicates cannot store two rows. True when stored.
 */
export async function insertResponse(db: Database, response: NewResponse): Promise<boolean> {
  const inserted = await intakeStatements(db).insert.execute({ ...response });
  return inserted.length > 0;
}

/** The stored submission with this id, if any. */
export async function findSubmission(
  db: Database,
  submissionId: string,
): Promise<StoredSubmission | undefined> {
  const [row] = await intakeStatements(db).find.execute({ submissionId });
  return row;
}

/** The respondent's stored response for a commune in a survey, if any. */
export async function findRespondentSubmission(
  db: Database,
  key: { surveyId: string; communeCode: string; respondentKey: string },
): Promise<StoredSubmission | undefined> {
  const [row] = await db
    .select(storedColumns)
    .from(responses)
    .where(
      and(
        eq(responses.surveyId, key.surveyId),
        eq(responses.communeCode, key.communeCode),
        eq(responses.respondentKey, key.respondentKey),
      ),
    );
  return row;
}
