import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../../src/testing";
import { startServerProcess, type ProcessExit } from "../../src/testing/server-process";
import { productionEnv, submitOnce, type Attempt } from "./shutdown-kit";

const SENDERS = 8;
const ACKNOWLEDGED_BEFORE_SIGTERM = 40;

async function storedSubmissionIds(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ submission_id: string }>("SELECT submission_id FROM responses");
    return new Set(rows.map((r) => r.submission_id));
  } finally {
    await client.end();
  }
}

describe("SIGTERM while residents are submitting", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("loses none of the acknowledged submissions and exits 0 within 10 s", async () => {
    const server = await startServerProcess({ env: productionEnv(database.url), startTimeoutMs: 100_000 });
    const attempts: Attempt[] = [];
    let exited: ProcessExit | undefined;
    const exit = new Promise<ProcessExit>((resolve) =>
      server.child.once("exit", (code, signal) => resolve((exited = { code, signal }))),
    );
    let next = 0;
    let signalledAt = 0;
    const sender = async () => {
      while (!exited) {
        const attempt = await submitOnce(server.url, next++);
        attempts.push(attempt);
        const acknowledged = attempts.filter((a) => "status" in a && a.status === 201).length;
        if (!signalledAt && acknowledged >= ACKNOWLEDGED_BEFORE_SIGTERM) {
          signalledAt = Date.now();
          server.child.kill("SIGTERM");
        }
        if ("failure" in attempt && signalledAt) await new Promise((r) => setTimeout(r, 20));
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, sender));
    const { code, signal } = await exit;
    const shutdownMs = Date.now() - signalledAt;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(shutdownMs).toBeLessThan(10_000);
    const acknowledged = attempts.filter((a) => "status" in a && a.status === 201).map((a) => a.submissionId);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_SIGTERM);
    const stored = await storedSubmissionIds(database.url);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // Every answer the server sent was an acknowledgement: nothing in flight was cut off with a 5xx.
    expect(attempts.filter((a) => "status" in a && a.status !== 201)).toEqual([]);
  }, 120_000);
});
