// The intake bench's server: the real process on a fresh PostgreSQL database, open for today.
import { addDays, localDateOf } from "@pks02/shared";
import { createTestDatabase, type TestDatabase } from "@pks02/bot-server/src/testing";
import { startServerProcess, type ServerProcess } from "@pks02/bot-server/src/testing/server-process";

export const BENCH_ADMIN_TOKEN = "bench-admin-token-0123456789-abcdefghij";

export interface BenchServer {
  server: ServerProcess;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Start the server as production runs it (info logs, PostgreSQL), the survey window open today. */
export async function startBenchServer(options: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
  const database = await createTestDatabase();
  const today = localDateOf(new Date());
  try {
    const server = await startServerProcess({
      nodeArgs: options.nodeArgs,
      env: {
        DATABASE_URL: database.url,
        ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
        RESPONDENT_HASH_SECRET: "bench-respondent-hash-secret",
        SURVEY_START: today,
        SURVEY_END: addDays(today, 2),
        RATE_LIMIT_PER_MINUTE: "10000000",
        SCHEDULER_ENABLED: "false",
        ALLOW_DEVICE_IDS: "true",
        ...options.env,
      },
    });
    const close = async () => {
      await server.stop();
      await database.drop();
    };
    return { server, database, close } satisfies BenchServer;
  } catch (error) {
    await database.drop();
    throw error;
  }
}
