import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ZHealth, ZReadiness } from "@pks02/shared";
import { startEmbeddedProcess } from "../../src/testing/embedded-process";

const ROOT = join(__dirname, "../../..");

describe("the production build (npm run build:server, npm run start:prod)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-prod-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("compiles the server-side workspaces to JavaScript that plain node runs, and answers /healthz", async () => {
    const build = spawnSync("npm", ["run", "build:server"], { cwd: ROOT, encoding: "utf8" });
    expect(build.stderr + build.stdout).not.toMatch(/error TS/);
    expect(build.status).toBe(0);
    for (const file of ["shared/dist/index.js", "bot-server/dist/index.js", "scripts/dist/qr/cli.js"])
      expect(existsSync(join(ROOT, file))).toBe(true);

    // start:prod's command: no TypeScript loader, the compiled shared workspace chosen by its condition.
    const server = await startEmbeddedProcess({
      dataDir,
      nodeArgs: ["--conditions=pks02-compiled", "bot-server/dist/index.js"],
      startTimeoutMs: 150_000, // a fresh PGlite folder takes a while on a busy machine
    });
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(ZHealth.parse(await health.json())).toEqual({ status: "ok" });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ZReadiness.parse(await ready.json()).status).toBe("ready");
    } finally {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
  }, 420_000);
});
