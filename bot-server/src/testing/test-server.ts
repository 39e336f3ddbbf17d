import pino, { type Logger } from "pino";
import { loadConfig, type AppConfig } from "../config";
import { startServer, type RunningServer } from "../server";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const TEST_ADMIN_TOKEN = "test-admin-token-0123456789-abcdefghij";
export const TEST_HASH_SECRET = "test-respondent-hash-secret";

export interface TestServer extends RunningServer {
  config: AppConfig;
  testDatabase: TestDatabase;
  /** Move the server's clock (window edges, scheduled days). */
  setNow(moment: Date): void;
  /** fetch() against the server with JSON and an optional bearer token. */
  request(path: string, init?: RequestInit & { json?: unknown; token?: string }): Promise<Response>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  now?: Date;
  background?: boolean;
  /** Where the server logs; default: nothing (TEST_LOG_LEVEL to see it). */
  logger?: Logger;
}

/** Start the real server on port 0 against a fresh PostgreSQL database; close() drops the database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const testDatabase = await createTestDatabase();
  let moment = options.now ?? new Date("2024-06-12T03:00:00Z"); // 10:00 on the first survey day
  const config = loadConfig({
    DATABASE_URL: testDatabase.url,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    SURVEY_START: "2024-06-12",
    SURVEY_END: "2024-06-14",
    PORT: "0",
    HOST: "127.0.0.1",
    SCHEDULER_ENABLED: "false",
    RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_FAILURES_PER_15_MINUTES: "100000",
    // Most tests stand in for phones with device ids; the production refusal has its own tests.
    ALLOW_DEVICE_IDS: "true",
    ...options.env,
  });
  const server = await startServer(config, {
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    now: () => moment,
    background: options.background ?? false,
  }).catch(async (error: unknown) => {
    await testDatabase.drop();
    throw error;
  });
  return {
    ...server,
    config,
    testDatabase,
    setNow(next) {
      moment = next;
    },
    request(path, init = {}) {
      const { json, token, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (json !== undefined) merged.set("content-type", "application/json");
      if (token) merged.set("authorization", `Bearer ${token}`);
      return fetch(`${server.url}${path}`, {
        ...rest,
        headers: merged,
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
    },
    async close() {
      await server.close();
      await testDatabase.drop();
    },
  };
}
