import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedProcess } from "../src/testing/embedded-process";

/** Every folder and file under `dir` (itself included) with its permission bits, e.g. ["pgdata/base", 0o700]. */
function modesUnder(dir: string, prefix = "."): [string, number][] {
  const found: [string, number][] = [[prefix, statSync(dir).mode & 0o777]];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...modesUnder(path, `${prefix}/${entry.name}`));
    else if (entry.isFile()) found.push([`${prefix}/${entry.name}`, statSync(path).mode & 0o777]);
  }
  return found;
}

describe("the embedded default (no DATABASE_URL)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-embedded-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("keeps its data folder 0700 and every file in it 0600, correcting a folder made readable by others", async () => {
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, "notes.txt"), "left by an operator", { mode: 0o644 });
    chmodSync(join(dataDir, "notes.txt"), 0o666);
    const server = await startEmbeddedProcess({ dataDir });
    try {
      const stored = await fetch(`${server.url}/api/survey`);
      expect(stored.status).toBe(200);
      const modes = modesUnder(dataDir);
      expect(modes.length).toBeGreaterThan(20); // pgdata/…, secrets.json, notes.txt
      const wrong = modes.filter(([path, mode]) => {
        const isDir = statSync(join(dataDir, path)).isDirectory();
        return mode !== (isDir ? 0o700 : 0o600);
      });
      expect(wrong).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 120_000);

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
