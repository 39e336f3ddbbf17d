// Nothing lost, nothing doubled: submissions from many concurrent clients, a fifth of them resent, while the
// server process is SIGKILLed and restarted (and, in the full run, PostgreSQL itself restarted); every
// acknowledged submission is stored exactly once. The same on the embedded default (full run).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { COMMUNES, addDays, localDateOf } from "@pks02/shared";
import { createTestDatabase } from "../../src/testing";
import { buildResponseInput } from "../../src/testing/factories";
import { startServerProcess, type ServerProcess } from "../../src/testing/server-process";
import { freePort, restartPostgres } from "./chaos";
import { sendUntilAcknowledged } from "./retrying-client";
import { isFullReliabilityRun, reliabilityScale } from "./scale";

const SUBMISSIONS = reliabilityScale({ full: 2000, short: 150 });
const CLIENTS = reliabilityScale({ full: 200, short: 30 });
const RESENT_SHARE = 5; // every fifth submission is sent again once acknowledged

type Chaos = { atShare: number; act: "kill-server" | "restart-postgres" };

interface Case {
  name: string;
  env: () => Promise<{
    env: Record<string, string>;
    countStored: () => Promise<Map<string, number>>;
    cleanup: () => Promise<void>;
  }>;
  chaos: Chaos[];
}

const today = localDateOf(new Date());
const BASE_ENV = {
  ADMIN_TOKEN: "reliability-admin-token-0123456789abcdef",
  RESPONDENT_HASH_SECRET: "reliability-hash-secret-0123",
  SURVEY_START: today,
  SURVEY_END: addDays(today, 2),
  RATE_LIMIT_PER_MINUTE: "1000000",
  SCHEDULER_ENABLED: "false",
  ALLOW_DEVICE_IDS: "true",
  LOG_LEVEL: "warn",
};

const countRows = (rows: { id: string; n: number }[]) => new Map(rows.map((r) => [r.id, Number(r.n)]));
const COUNT_SQL = "SELECT submission_id::text AS id, count(*)::int AS n FROM responses GROUP BY 1";

/** Rows from a PGlite data folder, read in a child process (PGlite loads through ESM, which jest's VM lacks). */
function queryEmbedded<T>(dataDir: string, query: string): T[] {
  const script = `import { PGlite } from "@electric-sql/pglite";
    const db = await PGlite.create(process.argv[1]);
    process.stdout.write(JSON.stringify((await db.query(process.argv[2])).rows));
    await db.close();`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, dataDir, query], {
    cwd: join(__dirname, ".."),
  });
  return JSON.parse(out.toString()) as T[];
}

const postgresCase: Case = {
  name: "PostgreSQL",
  chaos: [
    { atShare: 0.2, act: "kill-server" },
    ...(isFullReliabilityRun() ? [{ atShare: 0.45, act: "restart-postgres" } as const] : []),
    ...(isFullReliabilityRun() ? [{ atShare: 0.7, act: "kill-server" } as const] : []),
  ],
  env: async () => {
    const database = await createTestDatabase();
    return {
      env: { DATABASE_URL: database.url },
      countStored: async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          return countRows((await client.query(COUNT_SQL)).rows);
        } finally {
          await client.end();
        }
      },
      cleanup: () => database.drop(),
    };
  },
};

const embeddedCase: Case = {
  name: "the embedded PGlite",
  chaos: [
    { atShare: 0.25, act: "kill-server" },
    { atShare: 0.6, act: "kill-server" },
  ],
  env: async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pks02-reliability-"));
    return {
      env: { DATA_DIR: dataDir },
      countStored: async () => countRows(queryEmbedded(`${dataDir}/pgdata`, COUNT_SQL)),
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
};

const CASES = isFullReliabilityRun() ? [postgresCase, embeddedCase] : [postgresCase];

async function runChaos(
  chaos: Chaos[],
  acked: () => number,
  restartServer: () => Promise<void>,
  databaseUrl?: string,
) {
  for (const step of chaos) {
    while (acked() < step.atShare * SUBMISSIONS) await new Promise((resolve) => setTimeout(resolve, 20));
    if (step.act === "kill-server") await restartServer();
    else await restartPostgres(databaseUrl!);
  }
}

describe.each(CASES)(`${SUBMISSIONS} submissions from ${CLIENTS} clients on $name`, (testCase) => {
  jest.setTimeout(15 * 60_000);

  it("while the server is killed and restarted, every acknowledged submission is stored exactly once", async () => {
    const setup = await testCase.env();
    const env = { ...BASE_ENV, ...setup.env, PORT: String(await freePort()) };
    let server: ServerProcess = await startServerProcess({ env, startTimeoutMs: 120_000 });
    const baseUrl = server.url;
    const log: string[] = [];
    try {
      const bodies = Array.from({ length: SUBMISSIONS }, (_, i) => ({
        body: buildResponseInput({ communeCode: COMMUNES[i % COMMUNES.length]!.code }),
        deviceId: randomUUID(),
      }));
      const receipts = new Map<string, string>();
      const resends: number[] = [];
      let failedAttempts = 0;
      let next = 0;
      const options = { baseUrl: () => baseUrl, giveUpAfterMs: 5 * 60_000 };
      const client = async () => {
        while (next < SUBMISSIONS) {
          const i = next++;
          const { body, deviceId } = bodies[i]!;
          const first = await sendUntilAcknowledged(options, body, deviceId);
          receipts.set(body.submissionId, first.receivedAt);
          failedAttempts += first.failedAttempts;
          if (i % RESENT_SHARE === 0) {
            const again = await sendUntilAcknowledged(options, body, deviceId);
            expect(again.receivedAt).toBe(first.receivedAt);
            resends.push(again.status);
          }
        }
      };
      const restartServer = async () => {
        log.push(server.output());
        await server.kill();
        server = await startServerProcess({ env, startTimeoutMs: 120_000 });
      };
      await Promise.all([
        ...Array.from({ length: CLIENTS }, client),
        runChaos(testCase.chaos, () => receipts.size, restartServer, setup.env.DATABASE_URL),
      ]);
      await server.stop();
      const stored = await setup.countStored();
      expect(receipts.size).toBe(SUBMISSIONS);
      expect(resends.every((status) => status === 200)).toBe(true);
      expect(resends.length).toBe(Math.ceil(SUBMISSIONS / RESENT_SHARE));
      expect([...receipts.keys()].filter((id) => stored.get(id) !== 1)).toEqual([]);
      expect(stored.size).toBe(SUBMISSIONS);
      expect(failedAttempts).toBeGreaterThan(0); // the restarts did cut requests off mid-load
    } finally {
      await server.kill();
      await setup.cleanup();
    }
  });
});
