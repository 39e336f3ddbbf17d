// Load on the survey intake, against the real server on the real PostgreSQL (DATABASE_URL or 127.0.0.1:5432):
//   npx tsx scripts/src/bench/intake.ts [submissions] [concurrency]
// Figures are reported as ratios measured in this one run: against the targets below and against the server's
// own health-check round trip (so a slower machine shifts both sides alike).
import { randomUUID } from "node:crypto";
import { COMMUNES } from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "@pks02/bot-server/src/testing";
import { buildResponseInput } from "@pks02/bot-server/src/testing/factories";

/** Province peak: 209 offices × ~100 residents in the busiest hour ≈ 6/s; the target leaves 8× headroom. */
const TARGET_SUBMISSIONS_PER_SECOND = 50;
const TARGET_P95_MS = 250;
const TARGET_PROGRESS_MS = 100;

interface Timed {
  ms: number;
  status: number;
}

async function timed(run: () => Promise<Response>): Promise<Timed> {
  const started = performance.now();
  const res = await run();
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>, label: string) {
  const results: T[] = new Array(count);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
      if (++done % Math.max(1, Math.floor(count / 10)) === 0)
        process.stderr.write(`${label}: ${done}/${count}\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

function submit(server: TestServer, body: unknown, deviceId: string) {
  return timed(() =>
    server.request("/api/responses", { method: "POST", json: body, headers: { "x-device-id": deviceId } }),
  );
}

async function main(): Promise<void> {
  const submissions = Number(process.argv[2] ?? 3000) || 3000;
  const concurrency = Number(process.argv[3] ?? 25) || 25;
  const server = await startTestServer({ now: new Date("2024-06-12T03:00:00Z") });
  try {
    const health = await pool(200, 1, () => timed(() => server.request("/healthz")), "health");
    const healthMs = percentile(
      health.map((h) => h.ms),
      50,
    );

    const bodies = Array.from({ length: submissions }, (_, i) => ({
      body: buildResponseInput({ communeCode: COMMUNES[i % COMMUNES.length]!.code }),
      deviceId: randomUUID(),
    }));
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const fresh = await pool(
      submissions,
      concurrency,
      (i) => submit(server, bodies[i]!.body, bodies[i]!.deviceId),
      "submit",
    );
    const seconds = (performance.now() - started) / 1000;
    const retries = await pool(
      Math.min(1000, submissions),
      concurrency,
      (i) => submit(server, bodies[i]!.body, bodies[i]!.deviceId),
      "retry",
    );
    const progress = await pool(
      20,
      1,
      () => timed(() => server.request("/api/progress", { token: TEST_ADMIN_TOKEN })),
      "progress",
    );

    const stored = fresh.filter((r) => r.status === 201).length;
    const replayed = retries.filter((r) => r.status === 200).length;
    const throughput = submissions / seconds;
    const p95 = percentile(
      fresh.map((r) => r.ms),
      95,
    );
    const progressMs = percentile(
      progress.map((r) => r.ms),
      50,
    );
    const report = [
      `intake bench: ${submissions} submissions, concurrency ${concurrency}, PostgreSQL`,
      `  stored ${stored}/${submissions} (201), retries answered with the original receipt ${replayed}/${retries.length} (200)`,
      `  throughput ${throughput.toFixed(0)}/s = ${(throughput / TARGET_SUBMISSIONS_PER_SECOND).toFixed(2)} × target ${TARGET_SUBMISSIONS_PER_SECOND}/s`,
      `  submit p50 ${percentile(
        fresh.map((r) => r.ms),
        50,
      ).toFixed(
        1,
      )} ms, p95 ${p95.toFixed(1)} ms = ${(p95 / TARGET_P95_MS).toFixed(2)} × budget ${TARGET_P95_MS} ms = ${(p95 / healthMs).toFixed(1)} × a health check (${healthMs.toFixed(2)} ms)`,
      `  retry p95 ${percentile(
        retries.map((r) => r.ms),
        95,
      ).toFixed(1)} ms`,
      `  progress (209 communes, whole window) median ${progressMs.toFixed(1)} ms = ${(progressMs / TARGET_PROGRESS_MS).toFixed(2)} × budget ${TARGET_PROGRESS_MS} ms`,
      `  memory: RSS grew ${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MiB during the load (server and load generator in one process)`,
    ];
    console.log(report.join("\n"));
    if (stored !== submissions || replayed !== retries.length) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

void main();
