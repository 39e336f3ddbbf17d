// Intake under load: POST /api/responses against the real server process on PostgreSQL, beside the same
// database's raw INSERT of the same row at the same concurrency, measured in this one run.
//   npx tsx scripts/src/bench/intake.ts [--submissions N] [--quick] [--profile] [--pool N]
// Prints one JSON line per phase and per ratio, then a table. --profile writes the server's CPU profile
// (node --cpu-prof) and prints where its time went.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { COMMUNES, type ResponseInput } from "@pks02/shared";
import { buildResponseInput } from "@pks02/bot-server/src/testing/factories";
import { createHttpClient } from "./http-client";
import { cpuSecondsOf, runLoad, table, type LoadResult } from "./load";
import { startBenchServer } from "./intake-server";
import { summariseProfiles } from "./profile-summary";
import { rawRowOf, RAW_INSERT } from "./raw-insert";

const CONCURRENCIES = [50, 200];
/** Connections the raw side may open (PostgreSQL here allows 100, shared with other users). */
const RAW_MAX_CONNECTIONS = 50;

interface Args {
  submissions: number;
  profile: boolean;
  /** The server's DATABASE_POOL_SIZE; its default when not given. */
  pool?: string;
}

const valueAfter = (argv: string[], flag: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};

function parseArgs(argv: string[]): Args {
  const quick = argv.includes("--quick");
  const submissions = Number(valueAfter(argv, "--submissions") ?? (quick ? 300 : 4000));
  if (!Number.isInteger(submissions) || submissions < 1) throw new Error("--submissions: a positive integer");
  return { submissions, profile: argv.includes("--profile"), pool: valueAfter(argv, "--pool") };
}

const bodies = (count: number): { body: ResponseInput; deviceId: string }[] =>
  Array.from({ length: count }, (_, i) => ({
    body: buildResponseInput({ communeCode: COMMUNES[i % COMMUNES.length]!.code }),
    deviceId: randomUUID(),
  }));

async function apiPhase(url: string, count: number, concurrency: number): Promise<LoadResult> {
  const sent = bodies(count);
  const client = createHttpClient(url, concurrency);
  try {
    return await runLoad(
      count,
      concurrency,
      (i) =>
        client.send(
          "POST",
          "/api/responses",
          { "content-type": "application/json", "x-device-id": sent[i]!.deviceId },
          JSON.stringify(sent[i]!.body),
        ),
      (status) => status === 201,
    );
  } finally {
    client.close();
  }
}

async function rawPhase(databaseUrl: string, count: number, concurrency: number): Promise<LoadResult> {
  const rows = bodies(count).map(({ body }) => rawRowOf(body));
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: Math.min(concurrency, RAW_MAX_CONNECTIONS),
  });
  try {
    return await runLoad(
      count,
      concurrency,
      async (i) => ((await pool.query(RAW_INSERT, rows[i]!)).rowCount === 1 ? 201 : 409),
      (status) => status === 201,
    );
  } finally {
    await pool.end();
  }
}

const line = (record: object) => console.log(JSON.stringify({ bench: "intake", ...record }));
const figures = (r: LoadResult) => ({
  perSecond: Math.round(r.perSecond),
  p50: Number(r.p50.toFixed(1)),
  p99: Number(r.p99.toFixed(1)),
  errors: r.errors,
});

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const profileDir = args.profile ? mkdtempSync(join(tmpdir(), "pks02-intake-prof-")) : undefined;
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const env: Record<string, string> = args.pool ? { DATABASE_POOL_SIZE: args.pool } : {};
  const bench = await startBenchServer({ nodeArgs, env });
  const rows: (string | number)[][] = [
    ["clients", "raw/s", "API/s", "ratio", "API p50", "API p99", "errors", "server CPU/req"],
  ];
  let failed = false;
  try {
    await apiPhase(bench.server.url, Math.min(200, args.submissions), 10); // warm-up: JIT, pool, caches
    for (const concurrency of CONCURRENCIES) {
      const raw = await rawPhase(bench.database.url, args.submissions, concurrency);
      const cpuBefore = cpuSecondsOf(bench.server.child.pid!);
      const api = await apiPhase(bench.server.url, args.submissions, concurrency);
      const serverCpuMs = Number(
        ((1000 * (cpuSecondsOf(bench.server.child.pid!) - cpuBefore)) / args.submissions).toFixed(2),
      );
      const ratio = Number((api.perSecond / raw.perSecond).toFixed(2));
      line({ kind: "raw-insert", concurrency, submissions: args.submissions, ...figures(raw) });
      line({ kind: "api", concurrency, submissions: args.submissions, ...figures(api), serverCpuMs });
      line({ kind: "ratio", concurrency, ratio, goal: 0.5 });
      const a = figures(api);
      rows.push([
        concurrency,
        figures(raw).perSecond,
        a.perSecond,
        ratio,
        a.p50,
        a.p99,
        a.errors + raw.errors,
        serverCpuMs,
      ]);
      failed ||= api.errors + raw.errors > 0;
    }
  } finally {
    await bench.close();
  }
  console.log(`\n${table(rows)}\n(ms; goal: ratio ≥ 0.5, p99 < 100 ms at 200 clients, no errors)`);
  if (profileDir) console.log(`\nserver CPU profile (${profileDir}):\n${summariseProfiles(profileDir)}`);
  if (failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
