// The intake bench's server: the real process on a fresh PostgreSQL database, open for today.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { addDays, localDateOf } from "@pks02/shared";
import { createTestDatabase, type TestDatabase } from "@pks02/bot-server/src/testing";
import {
  productionEntry,
  startServerProcess,
  type ServerProcess,
} from "@pks02/bot-server/src/testing/server-process";

export const BENCH_ADMIN_TOKEN = "bench-admin-token-0123456789-abcdefghij";

export interface BenchServer {
  server: ServerProcess;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * How the server runs: "production" is `npm run start:prod` (its node flags, the compiled code; built first,
 * tsc -b is incremental), "sources" is `npm start`'s TypeScript through tsx (no build, for the CI's short run).
 */
export type BenchServerMode = "production" | "sources";

const ROOT = join(__dirname, "../../..");

/** The argument after a flag (`--submissions 4000`), if the flag is there. */
export const valueAfter = (argv: string[], flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};

/** `--server production` (the default) or `--server sources` from a bench's arguments. */
export function serverModeOf(argv: string[]): BenchServerMode {
  // A "--server" without a value is refused, not taken for the default.
  const mode = argv.includes("--server") ? valueAfter(argv, "--server") : "production";
  if (mode !== "production" && mode !== "sources") throw new Error("--server: production or sources");
  return mode;
}

/** `npm run build:server`, so that the production entry runs the code as it is now. */
function buildServer(): void {
  process.stderr.write("building the server as production runs it (npm run build:server)…\n");
  const build = spawnSync("npm", ["run", "build:server"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
}

/** Start the server (info logs, PostgreSQL), the survey window open today. */
export async function startBenchServer(
  options: { nodeArgs?: string[]; env?: Record<string, string>; mode?: BenchServerMode } = {},
) {
  const production = (options.mode ?? "production") === "production";
  if (production) buildServer();
  const database = await createTestDatabase();
  const today = localDateOf(new Date());
  try {
    const server = await startServerProcess({
      nodeArgs: options.nodeArgs,
      entry: production ? productionEntry() : undefined,
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
