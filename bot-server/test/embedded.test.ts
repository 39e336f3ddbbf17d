import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedProcess } from "../src/testing/embedded-process";

describe("the embedded default (no DATABASE_URL)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-embedded-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts on PGlite in the data folder, prints its URLs, opens a window from today, and keeps its token across restarts", async () => {
    const first = await startEmbeddedProcess({ dataDir });
    try {
      expect(first.output).toContain(`embedded PGlite in ${dataDir}`);
      expect(first.output).toMatch(/opened from today/);
      expect(first.output).toContain("/app/?commune=07201");
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      const commune = await (await fetch(`${first.url}/api/communes/07201`)).json();
      expect(commune.name).toBe("Phường Thọ Xương");
      const survey = await (await fetch(`${first.url}/api/survey`)).json();
      expect(survey.phase).toBe("open");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedProcess({ dataDir });
    try {
      expect(second.adminToken).toBe(first.adminToken);
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
