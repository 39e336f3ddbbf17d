import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatabaseHandle } from "./database";

export const MIGRATIONS_DIR = join(__dirname, "../../migrations");
// Any fixed number; every process that migrates takes the same lock, so two servers starting together
// apply each migration once.
const MIGRATION_LOCK_KEY = 2024061201;

/**
 * Apply the SQL files of migrations/ (NNNN_name.sql, in name order) that have not been applied yet,
 * each in its own transaction, under an advisory lock. Returns the names applied.
 */
export async function migrate(handle: DatabaseHandle, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  return handle.withSession(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const done = new Set(
        (await session.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name),
      );
      const applied: string[] = [];
      for (const file of files.filter((f) => !done.has(f))) {
        const text = readFileSync(join(dir, file), "utf8");
        await session.exec("BEGIN");
        try {
          await session.exec(text);
          await session.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file]);
          await session.exec("COMMIT");
        } catch (error) {
          await session.exec("ROLLBACK");
          throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}
