import pino from "pino";
import {
  BAC_GIANG_2024_REGISTRY,
  DEFAULT_CAMPAIGN_ID,
  PROVINCE,
  communesIn,
  progressOver,
  type ProgressReport,
} from "@pks02/shared";
import { openDatabase, type DatabaseHandle } from "../../src/db/database";
import { loadConfig, type DatabaseConfig } from "../../src/config";
import type { BackupCliIo } from "../../src/backup/cli";
import { loadCommuneDays } from "../../src/progress/progress-repository";
import { startServer, type RunningServer } from "../../src/server";
import { TEST_ADMIN_TOKEN, TEST_HASH_SECRET } from "../../src/testing";

/** Every table's row count and a digest of its rows in a fixed order: equal snapshots, equal contents. */
export type Snapshot = Record<string, { rows: number; digest: string }>;

export interface DatabaseContents {
  tables: Snapshot;
  /** Each response's answers exactly as PostgreSQL returns their text, by submission id. */
  answers: Record<string, string>;
  /** The province's progress over the given days, through the query every progress screen asks. */
  progress: ProgressReport;
}

/** The tables the survey fills that a backup must carry (the tests check each holds rows before the dump). */
export const FILLED_TABLES = [
  "responses",
  "respondent_keys",
  "response_counts",
  "commune_day_visits",
  "commune_day_visit_changes",
  "registration_codes",
  "registration_failures",
  "group_members",
  "group_member_changes",
  "roster_helpers",
  "roster_supervisors",
  "job_runs",
  "group_outbox",
  "zalo_events",
  "zalo_oa_tokens",
];

async function readContents(handle: DatabaseHandle, dates: readonly string[]): Promise<DatabaseContents> {
  const tables = await handle.withSession(async (session) => {
    const names = await session.query<{ tablename: string }>(
      "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const snapshot: Snapshot = {};
    for (const { tablename } of names) {
      const [row] = await session.query<{ rows: string | number; digest: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${tablename}" t`,
      );
      snapshot[tablename] = { rows: Number(row?.rows), digest: row?.digest ?? "" };
    }
    return snapshot;
  });
  const answers: Record<string, string> = {};
  for (const row of await handle.withSession((session) =>
    session.query<{ id: string; answers: string }>(
      "SELECT submission_id::text AS id, answers::text AS answers FROM responses",
    ),
  ))
    answers[row.id] = row.answers;
  const days = await loadCommuneDays(handle.db, {
    campaignId: DEFAULT_CAMPAIGN_ID,
    days: dates,
    scope: PROVINCE,
  });
  return {
    tables,
    answers,
    progress: progressOver({ dates, communes: communesIn(PROVINCE, BAC_GIANG_2024_REGISTRY), days }),
  };
}

/** What a database holds, and the progress figures over `dates` (opened, read and closed again). */
export async function contentsOf(
  config: DatabaseConfig,
  dates: readonly string[],
): Promise<DatabaseContents> {
  const handle = await openDatabase(config);
  try {
    return await readContents(handle, dates);
  } finally {
    await handle.close();
  }
}

/** The environment of a production server and of its backup CLI: PostgreSQL, 32-character tokens, the Mini App id. */
export function productionEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    ZALO_MINI_APP_ID: "3010090187281842176",
  };
}

/**
 * The server started on a restored database, as after a move, on `now`'s clock. Device ids are taken (the
 * test stands in for phones with them), so that a resident who already answered can try again.
 */
export function startServerOn(databaseUrl: string, now: Date): Promise<RunningServer> {
  const config = loadConfig({
    ...productionEnv(databaseUrl),
    ALLOW_DEVICE_IDS: "true",
    SURVEY_START: "2024-06-12",
    SURVEY_END: "2024-06-14",
    PORT: "0",
    HOST: "127.0.0.1",
    SCHEDULER_ENABLED: "false",
  });
  return startServer(config, { logger: pino({ level: "silent" }), now: () => now, background: false });
}

/** A CLI io that keeps what was printed. */
export function recordingIo(): BackupCliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line) };
}

/** Free-text answers that must come back byte for byte: diacritics, an emoji, quotes, a backslash, a newline. */
export const TRICKY_TEXTS = [
  "Cán bộ nhiệt tình, chu đáo.",
  'Ý kiến 👍 "rất tốt" \\ đường\ndây nóng',
  "Thủ tục nhanh ― không phải đi lại nhiều lần",
];
