import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer, type TestServer } from "../src/testing";

describe("serving the built Mini App at /app/", () => {
  const dir = mkdtempSync(join(tmpdir(), "pks02-www-"));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>PKS02</title>");
    writeFileSync(join(dir, "assets/index.abc123.module.js"), "console.log(1)");
    server = await startTestServer({ env: { MINI_APP_DIR: dir } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("revalidates index.html on every load, so a new build never leaves a blank page", async () => {
    const res = await server.request("/app/?commune=07201");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>PKS02</title>");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("caches the hashed assets for a year", async () => {
    const res = await server.request("/app/assets/index.abc123.module.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("says how to build the app when it has not been built", async () => {
    const missing = await startTestServer({ env: { MINI_APP_DIR: join(dir, "nope") } });
    try {
      const res = await missing.request("/app/");
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("npm run build:app");
    } finally {
      await missing.close();
    }
  });
});
