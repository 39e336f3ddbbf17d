import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { sql } from "drizzle-orm";
import { DEFAULT_CAMPAIGN_ID, PKS02_DEFINITION } from "@pks02/shared";
import { CONFIG_VARIABLES, loadConfig } from "../../src/config";
import { queryRows, type DatabaseHandle } from "../../src/db/database";
import { openReadyDatabase } from "../../src/server";
import { groupCommit } from "../../src/responses/group-commit";
import { createTestDatabase, type TestDatabase } from "../../src/testing";
import {
  GROUP_COMMIT_ENV,
  buildRow,
  keyOf,
  observeGroupCommit,
  type GroupCommitObservations,
} from "./group-commit-scenarios";

const ROOT = join(__dirname, "../../..");

/** The scenarios on a fresh PGlite database, in a child process. */
function observeOnPglite(): GroupCommitObservations {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-group-commit-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
    for (const name of CONFIG_VARIABLES) delete env[name];
    const script = join(__dirname, "group-commit-embedded.ts");
    const child = spawnSync(process.execPath, ["--import", "tsx", script, dataDir], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`group-commit-embedded.ts failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as GroupCommitObservations;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openPostgres(): Promise<{ database: DatabaseHandle; test: TestDatabase }> {
  const test = await createTestDatabase();
  const database = await openReadyDatabase(loadConfig({ ...GROUP_COMMIT_ENV, DATABASE_URL: test.url }));
  return { database, test };
}

async function observeOnPostgres(): Promise<GroupCommitObservations> {
  const { database, test } = await openPostgres();
  try {
    return await observeGroupCommit(database.db);
  } finally {
    await database.close();
    await test.drop();
  }
}

describe.each([
  ["PostgreSQL", observeOnPostgres],
  ["PGlite", async () => observeOnPglite()],
])("submissions that arrive together on %s", (_name, observe) => {
  let seen: GroupCommitObservations;
  beforeAll(async () => {
    seen = await observe();
  }, 120_000);

  it("when 30 new submissions arrive together, one transaction stores them all and counts each once", () => {
    expect(seen.together.outcomes).toEqual(Array(30).fill("stored"));
    expect(seen.together.stored).toEqual({ rows: 30, transactions: 1 });
    expect(seen.together.counters).toEqual({ bursts: 30, counts: 30 });
  });

  it("when the same submission is sent twice in one batch, it is stored once and the resend is a retry", () => {
    expect(seen.resend.outcomes).toEqual([...Array(6).fill("stored"), "submission-taken"]);
    expect(seen.resend.stored.rows).toBe(1);
  });

  it("when one respondent sends two different answers in one batch, the first is stored, the second refused", () => {
    expect(seen.secondAnswer.outcomes).toEqual(["stored", "stored", "already-answered"]);
    expect(seen.secondAnswer.stored.rows).toBe(1);
  });

  it("when a batch meets a stored submission and a stored respondent, it stores only the new rows", () => {
    expect(seen.storedBefore.first).toBe("stored");
    expect(seen.storedBefore.outcomes).toEqual([
      "submission-taken",
      ...Array(4).fill("stored"),
      "already-answered",
    ]);
    expect(seen.storedBefore.fresh).toEqual({ rows: 4, transactions: 1 });
  });

  it("when one row of a batch fails in the database, only its request fails and the others are stored", () => {
    expect(seen.failingRow.outcomes).toEqual([
      ...Array(4).fill("stored"),
      "failed",
      ...Array(5).fill("stored"),
    ]);
    expect(seen.failingRow).toMatchObject({ good: 9, bad: 0 });
  });
});

describe("group commit on PostgreSQL when another transaction stores the same respondent meanwhile", () => {
  let opened: Awaited<ReturnType<typeof openPostgres>>;
  beforeAll(async () => {
    opened = await openPostgres();
  }, 60_000);
  afterAll(async () => {
    await opened.database.close();
    await opened.test.drop();
  });

  it("the batch is undone and each row is answered alone: the respondent is refused, the others stored", async () => {
    const other = new pg.Client({ connectionString: opened.test.url });
    await other.connect();
    try {
      const key = keyOf("raced");
      await other.query("BEGIN");
      await other.query(
        "INSERT INTO respondent_keys (campaign_id, survey_id, commune_code, respondent_key) VALUES ($1, $2, $3, $4)",
        [DEFAULT_CAMPAIGN_ID, PKS02_DEFINITION.id, "07219", key],
      );
      const store = groupCommit(opened.database.db);
      const raced = buildRow({ communeCode: "07219" });
      const fresh = Array.from({ length: 3 }, () => buildRow({ communeCode: "07219" }));
      const outcomes = Promise.all([store(raced, key), ...fresh.map((f) => store(f, keyOf(f.submissionId)))]);
      // The batch's insert of that key waits for the other transaction, which then commits the key.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query("COMMIT");
      expect(await outcomes).toEqual(["already-answered", "stored", "stored", "stored"]);
      const [row] = await queryRows<{ rows: number }>(
        opened.database.db,
        sql`SELECT count(*)::int AS rows FROM responses WHERE commune_code = '07219'`,
      );
      expect(row!.rows).toBe(3);
    } finally {
      await other.end();
    }
  });
});
