// Intake under load: POST /api/responses against the real server process on PostgreSQL, beside the same
// database's raw INSERT of the same row at the same concurrency, measured in this one run.
//   npx tsx scripts/src/bench/intake.ts [--submissions N] [--quick] [--profile] [--pool N]
//     [--warm-up N] [--server production|sources]
// Prints one JSON line per phase and per ratio, then a table. --profile writes the server's CPU profile
// (node --cpu-prof) and prints where its time went.
// What is timed is the steady state, on both sides: the server first takes N submissions (--warm-up, default
// 3,000; V8 compiles the hot path meanwhile, which took 0.5 against 0.3 ms of CPU per submission in the first
// 4,000), and each phase opens its connections (one request per client, not timed) before the clock starts,
// as a load generator such as wrk connects before it measures.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { COMMUNES, type ResponseInput } from "@pks02/shared";
import { buildResponseInput } from "@pks02/bot-server/src/testing/factories";
import { createHttpClient } from "./http-client";
import { cpuSecondsOf, peakRssMiBOf, runLoad, table, type LoadResult } from "./load";
import { serverModeOf, startBenchServer, valueAfter, type BenchServerMode } from "./intake-server";
import { summariseProfiles } from "./profile-summary";
import { rawRowOf, RAW_INSERT } from "./raw-insert";

const CONCURRENCIES = [50, 200];
/** Connections the raw side may open (PostgreSQL here allows 100, shared with other users). */
const RAW_MAX_CONNECTIONS = 50;

interface Args {
  submissions: number;
  warmUp: number;
  profile: boolean;
  server: BenchServerMode;
  /** The server's DATABASE_POOL_SIZE; its default when not given. */
  pool?: string;
}

function parseArgs(argv: string[]): Args {
  const quick = argv.includes("--quick");
  const submissions = Number(valueAfter(argv, "--submissions") ?? (quick ? 300 : 4000));
  if (!Number.isInteger(submissions) || submissions < 1) throw new Error("--submissions: a positive integer");
  const warmUp = Number(valueAfter(argv, "--warm-up") ?? (quick ? 100 : 3000));
  if (!Number.isInteger(warmUp) || warmUp < 0) throw new Error("--warm-up: a whole number");
  return {
    submissions,
    warmUp,
    profile: argv.includes("--profile"),
    pool: valueAfter(argv, "--pool"),
    server: serverModeOf(argv),
  };
}

const bodies = (count: number): { body: ResponseInput; deviceId: string }[] =>
  Array.from({ length: count }, (_, i) => ({
    body: buildResponseInput({ communeCode: COMMUNES[i % COMMUNES.length]!.code }),
    deviceId: randomUUID(),
  }));

const created = (status: number) => status === 201;

/** `count` submissions through `concurrency` clients, timed once each client's connection is open. */
async function apiPhase(url: string, count: number, concurrency: number): Promise<LoadResult> {
  const client = createHttpClient(url, concurrency);
  const submit = (sent: ReturnType<typeof bodies>) => (i: number) =>
    client.send(
      "POST",
      "/api/responses",
      { "content-type": "application/json", "x-device-id": sent[i]!.deviceId },
      JSON.stringify(sent[i]!.body),
    );
  try {
    const opening = await runLoad(concurrency, concurrency, submit(bodies(concurrency)), created);
    if (opening.errors > 0) return opening;
    return await runLoad(count, concurrency, submit(bodies(count)), created);
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
    // The pool's connections open before the clock starts, as the API's clients' do.
    await runLoad(
      concurrency,
      concurrency,
      async () => (await pool.query("SELECT 1")).rowCount ?? 0,
      () => true,
    );
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
  const bench = await startBenchServer({ nodeArgs, env, mode: args.server });
  const rows: (string | number)[][] = [
    ["clients", "raw/s", "API/s", "ratio", "API p50", "API p99", "errors", "server CPU/req"],
  ];
  let failed = false;
  let peakRssMiB: number | undefined;
  try {
    if (args.warmUp > 0) {
      process.stderr.write(`warming the server up with ${args.warmUp} submissions…\n`);
      const warm = await apiPhase(bench.server.url, args.warmUp, 50); // JIT, the pool, caches
      if (warm.errors > 0) throw new Error(`${warm.errors} of the warm-up's submissions failed`);
    }
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
    peakRssMiB = Math.round(peakRssMiBOf(bench.server.child.pid!));
    line({ kind: "server-memory", peakRssMiB });
  } finally {
    await bench.close();
  }
  console.log(
    `\n${table(rows)}\n(ms; goal: ratio ≥ 0.5, p99 < 100 ms at 200 clients, no errors; ${args.server} server; server peak RSS ${peakRssMiB} MiB)`,
  );
  if (profileDir) console.log(`\nserver CPU profile (${profileDir}):\n${summariseProfiles(profileDir)}`);
  if (failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
