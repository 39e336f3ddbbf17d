import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";

const ROOT = join(__dirname, "../../..");

/** Start the server as `npm start` does (no DATABASE_URL: embedded PGlite, window opened from today). */
function startEmbedded(dataDir: string): Promise<{ child: ChildProcess; url: string; adminToken: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
  for (const name of [
    "DATABASE_URL",
    "ADMIN_TOKEN",
    "SURVEY_START",
    "SURVEY_END",
    "RESPONDENT_HASH_SECRET",
    "DISTRICT_TOKENS",
  ])
    delete env[name];
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts"], { cwd: ROOT, env });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /PKS02 bot server: (http:\/\/\S+)/.exec(output)?.[1];
      const adminToken = /admin token: +(\S+)/.exec(output)?.[1];
      if (url && adminToken) {
        clearTimeout(timer);
        resolve({ child, url, adminToken });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe("intake on the embedded database (npm start)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-intake-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("stores a form once, records a visitor count and shows both in the progress", async () => {
    const { child, url, adminToken } = await startEmbedded(dataDir);
    try {
      const { today } = await (await fetch(`${url}/api/survey`)).json();
      const input = buildResponseInput({ communeCode: "07201" });
      const send = () =>
        fetch(`${url}/api/responses`, {
          method: "POST",
          headers: { "content-type": "application/json", ...newDeviceHeaders("embedded-device-0001") },
          body: JSON.stringify(input),
        });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(200);
      const visits = await fetch(`${url}/api/communes/07201/days/${today}/visits`, {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ visits: 2 }),
      });
      expect(await visits.json()).toEqual({
        communeCode: "07201",
        date: today,
        visits: 2,
        previousVisits: null,
      });
      const progress = await (
        await fetch(`${url}/api/progress?date=${today}`, {
          headers: { authorization: `Bearer ${adminToken}` },
        })
      ).json();
      expect(progress.communes.find((c: { code: string }) => c.code === "07201")).toMatchObject({
        responses: 1,
        visits: 2,
        quota: { status: "ok" },
      });
    } finally {
      await new Promise<void>((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }
  }, 120_000);
});
