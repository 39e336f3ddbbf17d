// Progress under volume: GET /api/progress over 209 communes × 3 days with 100,000 and 1,000,000 stored
// responses, against the real server process on PostgreSQL.
//   npx tsx scripts/src/bench/progress.ts [--quick] [--server production|sources]
// Rows are inserted straight in SQL (the API path is measured by intake.ts). Goal: under 50 ms at 1M.
import pg from "pg";
import { COMMUNES, addDays, localDateOf } from "@pks02/shared";
import { createHttpClient, type HttpClient } from "./http-client";
import { BENCH_ADMIN_TOKEN, serverModeOf, startBenchServer } from "./intake-server";
import { percentile, runLoad, table } from "./load";

const DAYS = 3;

/**
 * Add `count` responses spread over every commune and the three days, in one statement. The counters'
 * trigger is off during the load and the counters are rebuilt after it: a million trigger calls on 627 rows
 * in one transaction take many minutes here (the trigger's cost per live submission is in intake.ts).
 */
async function insertResponses(client: pg.Client, from: number, count: number, firstDay: string) {
  await client.query("ALTER TABLE responses DISABLE TRIGGER responses_counted");
  await client.query(
    `INSERT INTO responses (submission_id, survey_id, survey_version, commune_code, identity_kind,
       answers, content_hash, received_hour, survey_day)
     SELECT md5(i::text)::uuid, 'PKS02', 'pks02-2024.1', codes[1 + i % array_length(codes, 1)],
       'device', '{"C1":4}'::jsonb, md5((i + 1)::text) || md5((i + 2)::text), 10, $3::date + (i % $4)
     FROM generate_series($1::int, $2::int) AS i, (SELECT array_agg(code) AS codes FROM communes) AS c`,
    [from, from + count - 1, firstDay, DAYS],
  );
  await client.query("ALTER TABLE responses ENABLE TRIGGER responses_counted");
  await client.query(`DELETE FROM response_counts`);
  await client.query(
    `INSERT INTO response_counts
     SELECT campaign_id, commune_code, survey_day, count(*), count(*) FILTER (WHERE identity_kind = 'device')
     FROM responses GROUP BY 1, 2, 3`,
  );
  await client.query("VACUUM ANALYZE response_counts");
}

async function insertVisits(client: pg.Client, firstDay: string) {
  await client.query(
    `INSERT INTO commune_day_visits (commune_code, survey_day, visits, source, reported_by, updated_at)
     SELECT code, $1::date + d, 40, 'api', 'admin', now() FROM communes, generate_series(0, $2 - 1) AS d`,
    [firstDay, DAYS],
  );
}

async function timeGets(http: HttpClient, path: string, runs: number) {
  const get = () => http.send("GET", path, { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` });
  await runLoad(3, 1, get, (s) => s === 200); // warm-up
  const result = await runLoad(runs, 1, get, (s) => s === 200);
  return {
    p50: percentile(
      result.samples.map((s) => s.ms),
      50,
    ),
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const steps = quick ? [2_000, 5_000] : [100_000, 1_000_000];
  const today = localDateOf(new Date());
  const firstDay = addDays(today, 1 - DAYS); // the window ends today: "the days so far" are all three
  const bench = await startBenchServer({
    env: { SURVEY_START: firstDay, SURVEY_END: today },
    mode: serverModeOf(process.argv),
  });
  const client = new pg.Client({ connectionString: bench.database.url });
  await client.connect();
  const http = createHttpClient(bench.server.url, 1);
  const rows: (string | number)[][] = [["responses", "province, 3 days", "one district", "one day"]];
  let failed = false;
  try {
    await insertVisits(client, firstDay);
    let stored = 0;
    for (const target of steps) {
      await insertResponses(client, stored, target - stored, firstDay);
      stored = target;
      const paths = {
        province: "/api/progress",
        district: "/api/progress?district=213",
        day: `/api/progress?date=${today}`,
      };
      const timings: Record<string, number> = {};
      for (const [name, path] of Object.entries(paths)) {
        const t = await timeGets(http, path, quick ? 3 : 15);
        timings[name] = Number(t.p50.toFixed(1));
        failed ||= t.errors > 0;
        console.log(
          JSON.stringify({
            bench: "progress",
            responses: stored,
            communes: COMMUNES.length,
            days: DAYS,
            query: name,
            p50: timings[name],
            goalMs: 50,
          }),
        );
      }
      rows.push([stored, timings.province!, timings.district!, timings.day!]);
    }
  } finally {
    http.close();
    await client.end();
    await bench.close();
  }
  console.log(`\n${table(rows)}\n(median ms of GET /api/progress; goal under 50 ms at 1,000,000)`);
  if (failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
