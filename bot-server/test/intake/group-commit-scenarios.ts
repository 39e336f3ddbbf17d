// What group commit does with submissions that arrive together, observed on one database: the same scenarios
// run in jest on PostgreSQL and, in a child process (PGlite cannot run inside jest's VM), on PGlite.
import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { DEFAULT_CAMPAIGN_ID, PKS02_DEFINITION, type Answers } from "@pks02/shared";
import { queryRows, type Database } from "../../src/db/database";
import { groupCommit } from "../../src/responses/group-commit";
import type { NewResponse } from "../../src/responses/responses-repository";
import { buildResponseInput } from "../../src/testing/factories";
import { TEST_ADMIN_TOKEN, TEST_HASH_SECRET } from "../../src/testing/test-server";

/** The configuration both databases are opened with. */
export const GROUP_COMMIT_ENV = {
  ADMIN_TOKEN: TEST_ADMIN_TOKEN,
  RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
  SURVEY_START: "2024-06-12",
  SURVEY_END: "2024-06-14",
  ALLOW_DEVICE_IDS: "true",
};

export const keyOf = (name: string): string => createHash("sha256").update(name).digest("hex");

/** A response as submit-response.ts hands it to the store. */
export function buildRow(overrides: Partial<NewResponse> = {}): NewResponse {
  return {
    submissionId: randomUUID(),
    campaignId: DEFAULT_CAMPAIGN_ID,
    surveyId: PKS02_DEFINITION.id,
    surveyVersion: PKS02_DEFINITION.version,
    communeCode: "07201",
    identityKind: "device",
    answers: buildResponseInput().answers as Answers,
    contentHash: keyOf(randomUUID()),
    surveyDay: "2024-06-12",
    receivedHour: 10,
    receivedSpan: 120,
    completionSeconds: 60,
    ...overrides,
  };
}

/** How many rows these submissions have, and how many transactions wrote them (one transaction, one xmin). */
export async function rowsOf(db: Database, ids: string[]): Promise<{ rows: number; transactions: number }> {
  const [row] = await queryRows<{ rows: number; transactions: number }>(
    db,
    sql`SELECT count(*)::int AS rows, count(DISTINCT xmin::text)::int AS transactions FROM responses
        WHERE submission_id::text IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  return row!;
}

const sumOf = async (db: Database, table: "response_bursts" | "response_counts", commune: string) =>
  Number(
    (
      await queryRows<{ n: number | null }>(
        db,
        sql`SELECT sum(responses)::int AS n FROM ${sql.identifier(table)} WHERE commune_code = ${commune}`,
      )
    )[0]?.n ?? 0,
  );

const settled = async (outcomes: Promise<unknown>[]) =>
  (await Promise.allSettled(outcomes)).map((r) => (r.status === "fulfilled" ? r.value : "failed"));

async function together(db: Database) {
  const store = groupCommit(db);
  const rows = Array.from({ length: 30 }, () => buildRow({ communeCode: "07204" }));
  const outcomes = await settled(rows.map((row) => store(row, keyOf(row.submissionId))));
  const stored = await rowsOf(
    db,
    rows.map((r) => r.submissionId),
  );
  const counters = {
    bursts: await sumOf(db, "response_bursts", "07204"),
    counts: await sumOf(db, "response_counts", "07204"),
  };
  return { outcomes, stored, counters };
}

async function resend(db: Database) {
  const store = groupCommit(db);
  const row = buildRow({ communeCode: "07207" });
  const others = Array.from({ length: 5 }, () => buildRow({ communeCode: "07207" }));
  const outcomes = await settled([
    store(row, keyOf("twice")),
    ...others.map((o) => store(o, keyOf(o.submissionId))),
    store(row, keyOf("twice")),
  ]);
  return { outcomes, stored: await rowsOf(db, [row.submissionId]) };
}

async function secondAnswer(db: Database) {
  const store = groupCommit(db);
  const [first, other, second] = [1, 2, 3].map(() => buildRow({ communeCode: "07210" }));
  const outcomes = await settled([
    store(first!, keyOf("one respondent")),
    store(other!, keyOf("another respondent")),
    store(second!, keyOf("one respondent")),
  ]);
  return { outcomes, stored: await rowsOf(db, [first!.submissionId, second!.submissionId]) };
}

async function storedBefore(db: Database) {
  const store = groupCommit(db);
  const earlier = buildRow({ communeCode: "07213" });
  const first = await store(earlier, keyOf("earlier"));
  const fresh = Array.from({ length: 4 }, () => buildRow({ communeCode: "07213" }));
  const outcomes = await settled([
    store(earlier, keyOf("earlier")),
    ...fresh.map((f) => store(f, keyOf(f.submissionId))),
    store(buildRow({ communeCode: "07213" }), keyOf("earlier")),
  ]);
  return {
    first,
    outcomes,
    fresh: await rowsOf(
      db,
      fresh.map((f) => f.submissionId),
    ),
  };
}

async function failingRow(db: Database) {
  const store = groupCommit(db);
  const good = Array.from({ length: 9 }, () => buildRow({ communeCode: "07216" }));
  const bad = buildRow({ communeCode: "99999" }); // no such unit: the foreign key refuses it
  const outcomes = await settled([
    ...good.slice(0, 4).map((g) => store(g, keyOf(g.submissionId))),
    store(bad, keyOf(bad.submissionId)),
    ...good.slice(4).map((g) => store(g, keyOf(g.submissionId))),
  ]);
  const stored = await rowsOf(
    db,
    good.map((g) => g.submissionId),
  );
  return { outcomes, good: stored.rows, bad: (await rowsOf(db, [bad.submissionId])).rows };
}

/** Every scenario, one after the other, on a database migrated and seeded. */
export async function observeGroupCommit(db: Database) {
  return {
    together: await together(db),
    resend: await resend(db),
    secondAnswer: await secondAnswer(db),
    storedBefore: await storedBefore(db),
    failingRow: await failingRow(db),
  };
}

export type GroupCommitObservations = Awaited<ReturnType<typeof observeGroupCommit>>;
