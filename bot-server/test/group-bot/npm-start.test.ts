import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedProcess } from "../../src/testing/embedded-process";

describe("npm start without Zalo", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-group-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("shows the console group receiving the posts of a job run by hand", async () => {
    // The server as `npm start` runs it: embedded PGlite, no Zalo configured, scheduler and worker on.
    const { url, adminToken, stop } = await startEmbeddedProcess({ dataDir, env: { LOG_LEVEL: "info" } });
    const auth = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
    try {
      const today = ((await (await fetch(`${url}/api/survey`)).json()) as { today: string }).today;
      const run = await fetch(`${url}/api/admin/jobs/morning-reminder/run`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ date: today }),
      });
      expect(((await run.json()) as { status: string }).status).toBe("posted");
      let texts: string[] = [];
      // The background worker delivers on its own; wait for it (it polls every second).
      for (let i = 0; i < 100 && texts.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const body = (await (await fetch(`${url}/api/admin/group-messages`, { headers: auth })).json()) as {
          messages: { text: string }[];
        };
        texts = body.messages.map((m) => m.text);
      }
      expect(texts).toEqual([expect.stringContaining("☀️ Chào buổi sáng!")]);
    } finally {
      await stop();
    }
  }, 120_000);
});
