import { openDatabase, type DatabaseHandle } from "../../src/db/database";
import type { DatabaseConfig } from "../../src/config";
import type { BackupCliIo } from "../../src/backup/cli";

/** Every table's row count and a digest of its rows in a fixed order: equal snapshots, equal contents. */
export type Snapshot = Record<string, { rows: number; digest: string }>;

export interface DatabaseContents {
  tables: Snapshot;
  /** Each response's answers exactly as PostgreSQL returns their text, by submission id. */
  answers: Record<string, string>;
}

async function readContents(handle: DatabaseHandle): Promise<DatabaseContents> {
  return handle.withSession(async (session) => {
    const names = await session.query<{ tablename: string }>(
      "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const tables: Snapshot = {};
    for (const { tablename } of names) {
      const [row] = await session.query<{ rows: string | number; digest: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${tablename}" t`,
      );
      tables[tablename] = { rows: Number(row?.rows), digest: row?.digest ?? "" };
    }
    const answers: Record<string, string> = {};
    for (const row of await session.query<{ id: string; answers: string }>(
      "SELECT submission_id::text AS id, answers::text AS answers FROM responses",
    ))
      answers[row.id] = row.answers;
    return { tables, answers };
  });
}

/** What a database holds (opened, read and closed again). */
export async function contentsOf(config: DatabaseConfig): Promise<DatabaseContents> {
  const handle = await openDatabase(config);
  try {
    return await readContents(handle);
  } finally {
    await handle.close();
  }
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
