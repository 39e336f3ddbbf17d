// Results exports at 10,000 and 100,000 responses, on the real PostgreSQL (DATABASE_URL or 127.0.0.1:5432):
//   npx tsx scripts/src/bench/results-export.ts [small] [large]
// Each size runs in its own child process (so its peak memory is its own): a fresh database is filled in SQL,
// then the JSON figures, results.xlsx and results.csv are written to files. The figure that matters is the ratio
// of the two peaks: an export that streams from the cursor keeps the large one within 1.5× of the small one.
// Prints one JSON line per size and one for the ratios, then a short table.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { startTestServer } from "@pks02/bot-server/src/testing";
import { campaignOf } from "@pks02/bot-server/src/campaigns/resolve";
import { computeResults, resultsScope } from "@pks02/bot-server/src/results/compute-results";
import { writeResponsesCsv } from "@pks02/bot-server/src/results/exports/csv";
import { writeResultsXlsx } from "@pks02/bot-server/src/results/exports/xlsx";
import { table } from "./load";

const TARGET_PEAK_RATIO = 1.5;

interface Measured {
  responses: number;
  fillSeconds: number;
  jsonSeconds: number;
  xlsxSeconds: number;
  csvSeconds: number;
  xlsxBytes: number;
  csvBytes: number;
  peakRssMiB: number;
  baseRssMiB: number;
}

// Answers spread over every option, as the form allows (B2 only after B1 = 1, E3 up to 3 choices).
const FILL = (count: number) => sql`
  INSERT INTO responses (submission_id, survey_id, survey_version, commune_code, identity_kind,
    answers, content_hash, received_hour, survey_day)
  SELECT gen_random_uuid(), 'PKS02', 'pks02-2024.1', c.code, 'device',
    jsonb_strip_nulls(jsonb_build_object(
      'B1', 1 + g % 3, 'B2', CASE WHEN g % 3 = 0 THEN jsonb_build_array(1 + g % 6) END, 'B3', 1 + g % 3,
      'C1', (g * 7) % 6, 'C2', (g * 5) % 6, 'C3', (g * 3) % 6, 'C4', g % 6, 'C5', (g * 11) % 6,
      'C6', (g * 13) % 6, 'C7', (g * 17) % 6, 'C8', (g * 19) % 6, 'C9', (g * 23) % 6, 'C10', (g * 29) % 6,
      'D1', (ARRAY[1, 2, 2, 2, 9])[1 + g % 5], 'E1', 1 + g % 5, 'E2', 1 + g % 3,
      'E3', jsonb_build_array(1 + g % 8, 1 + (g + 3) % 8),
      'E4', CASE WHEN g % 4 = 0 THEN 'Ý kiến số ' || g || ': cán bộ một cửa nhiệt tình, cần rút ngắn thời gian chờ.' END,
      'F1', 1 + g % 2, 'F2', 1 + g % 4, 'F3', 1 + g % 8, 'F4', 1 + g % 7, 'F5', 1 + g % 2, 'F6', 1 + g % 2)),
    md5((g * 2)::text) || md5((g * 3)::text), 10, (DATE '2024-06-12' + g % 3)
  FROM generate_series(1, ${count}) AS g
  JOIN (SELECT code, (row_number() OVER (ORDER BY code) - 1)::int AS i FROM communes) AS c ON c.i = g % 209`;

async function timedFile(path: string, write: (out: Writable) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const out = createWriteStream(path);
  const done = finished(out);
  await write(out);
  out.end();
  await done;
  return (performance.now() - started) / 1000;
}

/** The child: fill a fresh database, export, print the figures as one JSON line. */
async function measure(count: number): Promise<void> {
  const server = await startTestServer({ now: new Date("2024-06-15T05:00:00Z") });
  const dir = mkdtempSync(join(tmpdir(), "pks02-results-bench-"));
  try {
    const { db } = server.context;
    let started = performance.now();
    await db.execute(FILL(count));
    const fillSeconds = (performance.now() - started) / 1000;
    global.gc?.();
    const baseRss = process.memoryUsage().rss;
    let peak = baseRss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const campaign = campaignOf(server.context, undefined);
    started = performance.now();
    const report = await computeResults(server.context, campaign, { districtCode: null });
    const jsonSeconds = (performance.now() - started) / 1000;
    const scope = resultsScope(campaign, null);
    const xlsx = join(dir, "results.xlsx");
    const csv = join(dir, "results.csv");
    const xlsxSeconds = await timedFile(xlsx, (out) => writeResultsXlsx(db, scope, report, out));
    const csvSeconds = await timedFile(csv, (out) => writeResponsesCsv(db, scope, out));
    clearInterval(sampler);
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    const measured: Measured = {
      responses: report.province.pooled.responses,
      fillSeconds,
      jsonSeconds,
      xlsxSeconds,
      csvSeconds,
      xlsxBytes: statSync(xlsx).size,
      csvBytes: statSync(csv).size,
      peakRssMiB: mib(peak),
      baseRssMiB: mib(baseRss),
    };
    console.log(JSON.stringify(measured));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}

function runChild(count: number): Measured {
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", __filename, "--child", String(count)],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      timeout: 15 * 60_000,
    },
  );
  if (child.status !== 0) throw new Error(`the ${count} run failed (${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as Measured;
}

const line = (record: object) => console.log(JSON.stringify({ bench: "results-export", ...record }));

const row = (m: Measured) => [
  m.responses,
  m.jsonSeconds.toFixed(1),
  m.xlsxSeconds.toFixed(1),
  (m.xlsxBytes / 2 ** 20).toFixed(1),
  m.csvSeconds.toFixed(1),
  (m.csvBytes / 2 ** 20).toFixed(1),
  m.peakRssMiB,
  m.baseRssMiB,
];

function main(): void {
  const small = Number(process.argv[2] ?? 10_000) || 10_000;
  const large = Number(process.argv[3] ?? 100_000) || 100_000;
  const measured: Measured[] = [];
  for (const count of [small, large]) {
    process.stderr.write(`results export: filling and exporting ${count} responses…\n`);
    const m = runChild(count);
    measured.push(m);
    line({ kind: "size", ...m });
  }
  const [a, b] = measured as [Measured, Measured];
  const ratio = b.peakRssMiB / a.peakRssMiB;
  const timeRatio = (b.xlsxSeconds + b.csvSeconds) / (a.xlsxSeconds + a.csvSeconds);
  line({
    kind: "ratio",
    peakRssRatio: Number(ratio.toFixed(2)),
    goal: TARGET_PEAK_RATIO,
    responsesRatio: Number((large / small).toFixed(1)),
    exportTimeRatio: Number(timeRatio.toFixed(1)),
  });
  const headings = [
    "responses",
    "figures s",
    "xlsx s",
    "xlsx MiB",
    "csv s",
    "csv MiB",
    "peak RSS MiB",
    "before MiB",
  ];
  console.log(
    `\n${table([headings, row(a), row(b)])}\n(PostgreSQL; peak RSS ratio ${ratio.toFixed(2)}, goal ≤ ${TARGET_PEAK_RATIO}; ` +
      `${(large / small).toFixed(0)}× the responses took ${timeRatio.toFixed(1)}× the export time)`,
  );
  if (ratio > TARGET_PEAK_RATIO || a.responses !== small || b.responses !== large) process.exitCode = 1;
}

if (process.argv[2] === "--child") {
  void measure(Number(process.argv[3])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main();
}
