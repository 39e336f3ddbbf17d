import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import { ensurePrivateDir, restrictTree } from "./private-files";

/** The Drizzle database, the same type on PostgreSQL and on the embedded PGlite. */
export type Database = PgDatabase<PgQueryResultHKT>;

/** Plain SQL for migrations and locks: multi-statement text, run on one session. */
export interface SqlSession {
  exec(text: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseConfig["kind"];
  /** Run `work` on one dedicated session (needed for session-level advisory locks). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Rows of a raw SQL query, on either driver. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

function openPostgres(url: string, poolSize: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return {
    db: drizzlePg(pool) as unknown as Database,
    kind: "postgres",
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (text) => void (await client.query(text)),
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params as unknown[])).rows as T[],
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Where the embedded PGlite keeps its files inside the data folder. */
export const embeddedPgdata = (dataDir: string): string => join(dataDir, "pgdata");

async function openEmbedded(dataDir: string): Promise<DatabaseHandle> {
  ensurePrivateDir(dataDir);
  restrictTree(dataDir);
  const client = await PGlite.create(embeddedPgdata(dataDir));
  // PGlite writes its files with mode 0666; files it creates later inherit the process umask (077 in index.ts).
  restrictTree(dataDir);
  return {
    db: drizzlePglite(client) as unknown as Database,
    kind: "embedded",
    // PGlite is one session already; it serialises callers itself.
    withSession: (work) =>
      work({
        exec: async (text) => void (await client.exec(text)),
        query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
      }),
    close: () => client.close(),
  };
}

/** Open the configured database: a PostgreSQL server, or the embedded PGlite in the data folder. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === "postgres"
    ? openPostgres(config.url, config.poolSize)
    : openEmbedded(config.dataDir);
}
