import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZReadiness } from "@pks02/shared";
import { MIGRATIONS_DIR } from "../../src/db/migrate";
import { checkReadiness } from "../../src/health/readiness";
import { startTestServer, type TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { startZaloTestServer } from "../group-bot/group-test-kit";

async function readiness(server: TestServer) {
  const res = await server.request("/readyz");
  return { status: res.status, body: ZReadiness.parse(await res.json()) };
}

describe("GET /readyz", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("is ready with the console group once the database answers and every migration is applied", async () => {
    expect(await readiness(server)).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok", zaloToken: "not-used" } },
    });
  });

  it("names the migrations a newer build ships that this database has not applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pks02-migrations-"));
    try {
      for (const file of readdirSync(MIGRATIONS_DIR))
        copyFileSync(join(MIGRATIONS_DIR, file), join(dir, file));
      writeFileSync(join(dir, "9999_not_yet.sql"), "SELECT 1;");
      const result = await checkReadiness(server.context, dir);
      expect(result).toMatchObject({ status: "not-ready", checks: { migrations: "pending" } });
      expect(result.pendingMigrations).toEqual(["9999_not_yet.sql"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("GET /readyz with the real Zalo group", () => {
  let fake: FakeZaloServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
  });
  afterAll(() => fake.close());

  it("is not ready (503) while the OA has no token, and ready with the configured pair", async () => {
    const tokenless = await startZaloTestServer(fake, {
      env: { ZALO_OA_ACCESS_TOKEN: "", ZALO_OA_REFRESH_TOKEN: "" },
    });
    try {
      expect(await readiness(tokenless)).toMatchObject({
        status: 503,
        body: { status: "not-ready", checks: { database: "ok", zaloToken: "missing" } },
      });
    } finally {
      await tokenless.close();
    }
    const configured = await startZaloTestServer(fake);
    try {
      expect(await readiness(configured)).toMatchObject({
        status: 200,
        body: { checks: { zaloToken: "ok" } },
      });
    } finally {
      await configured.close();
    }
  });
});
