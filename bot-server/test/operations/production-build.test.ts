import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ZApiError, ZHealth, ZReadiness, addDays, localDateOf } from "@pks02/shared";
import { TEST_ADMIN_TOKEN, TEST_HASH_SECRET, createTestDatabase, type TestDatabase } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { productionEntry, startServerProcess } from "../../src/testing/server-process";

const ROOT = join(__dirname, "../../..");
const METRICS_TOKEN = "metrics-token-0123456789-abcdefghij";

/** What a production server is started with: PostgreSQL, 32-character tokens, the Mini App id. */
function productionEnv(databaseUrl: string): Record<string, string> {
  const today = localDateOf(new Date());
  return {
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    ZALO_MINI_APP_ID: "3010090187281842176",
    METRICS_TOKEN,
    SURVEY_START: addDays(today, -1),
    SURVEY_END: addDays(today, 1),
    LOG_LEVEL: "warn",
  };
}

describe("the production build (npm run build:server, npm run start:prod)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("compiles the server-side workspaces to JavaScript that plain node runs in production mode", async () => {
    // tsc -b is incremental: an up-to-date dist/ is checked, not compiled again.
    const build = spawnSync("npm", ["run", "build:server"], { cwd: ROOT, encoding: "utf8" });
    expect(build.stderr + build.stdout).not.toMatch(/error TS/);
    expect(build.status).toBe(0);
    for (const file of ["shared/dist/index.js", "bot-server/dist/index.js", "scripts/dist/qr/cli.js"])
      expect(existsSync(join(ROOT, file))).toBe(true);

    // No TypeScript loader: the compiled shared workspace is chosen by its export condition.
    const server = await startServerProcess({
      env: productionEnv(database.url),
      entry: productionEntry(),
      startTimeoutMs: 100_000,
    });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(ZHealth.parse(await health.json())).toEqual({ status: "ok" });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ZReadiness.parse(await ready.json()).status).toBe("ready");
      // Files the server reads beside its code were copied into dist/.
      expect((await fetch(`${server.url}/dashboard/assets/dashboard.css`)).status).toBe(200);
      const metrics = await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(metrics.status).toBe(200);
      // Production takes no unverified device ids: ZALO_MINI_APP_ID is set.
      const submission = await fetch(`${server.url}/api/responses`, {
        method: "POST",
        headers: { "content-type": "application/json", ...newDeviceHeaders() },
        body: JSON.stringify(buildResponseInput()),
      });
      expect(submission.status).toBe(401);
      expect(ZApiError.parse(await submission.json()).error.code).toBe("DEVICE_ID_REFUSED");
    } finally {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
  }, 300_000);
});
