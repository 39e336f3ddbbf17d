import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

interface Started {
  child: ChildProcess;
  url: string;
  output: string;
}

/** Start the real server process the way `npm start` does, with no DATABASE_URL. */
function startProcess(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
  for (const name of ["DATABASE_URL", "ADMIN_TOKEN", "SURVEY_START", "SURVEY_END", "RESPONDENT_HASH_SECRET"])
    delete env[name];
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts"], { cwd: ROOT, env });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PKS02 bot server: (http:\/\/\S+)/.exec(output);
      if (match && /admin token: +\S+/.test(output)) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("the embedded default (no DATABASE_URL)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pks02-embedded-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts on PGlite in the data folder, prints its URLs, opens a window from today, and keeps its token across restarts", async () => {
    const first = await startProcess(dataDir);
    let firstToken: string | undefined;
    try {
      expect(first.output).toContain(`embedded PGlite in ${dataDir}`);
      expect(first.output).toMatch(/opened from today/);
      expect(first.output).toContain("/app/?commune=07201");
      firstToken = /admin token: +(\S+)/.exec(first.output)?.[1];
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      const commune = await (await fetch(`${first.url}/api/communes/07201`)).json();
      expect(commune.name).toBe("Phường Thọ Xương");
      const survey = await (await fetch(`${first.url}/api/survey`)).json();
      expect(survey.phase).toBe("open");
    } finally {
      await stop(first.child);
    }
    const second = await startProcess(dataDir);
    try {
      expect(/admin token: +(\S+)/.exec(second.output)?.[1]).toBe(firstToken);
      expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    } finally {
      await stop(second.child);
    }
  }, 120_000);
});
