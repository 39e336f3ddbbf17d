import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../../..");

/** The server as `npm start` runs it: embedded PGlite, no Zalo configured, scheduler and worker on. */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
  };
  for (const name of Object.keys(env)) {
    if (/^(DATABASE_URL|ADMIN_TOKEN|SURVEY_|RESPONDENT_HASH_SECRET|ZALO_|SCHEDULE)/.test(name))
      delete env[name];
  }
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts"], { cwd: ROOT, env });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /PKS02 bot server: (http:\/\/\S+)/.exec(output)?.[1];
      const token = /admin token: +(\S+)/.exec(output)?.[1];
      if (url && token) resolve({ child, url, token });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe("npm start without Zalo", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-group-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("shows the console group receiving the posts of a job run by hand", async () => {
    const { child, url, token } = await startProcess(dataDir);
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
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
      await new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
    }
  }, 120_000);
});
