import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { runBackupCli } from "../../src/backup/cli";
import { CONFIG_VARIABLES } from "../../src/config";
import { startEmbeddedProcess } from "../../src/testing/embedded-process";
import {
  TEST_ADMIN_TOKEN,
  TEST_HASH_SECRET,
  createTestDatabase,
  startTestServer,
  type TestDatabase,
} from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { TRICKY_TEXTS, contentsOf, recordingIo } from "./backup-kit";

const ROOT = join(__dirname, "../../..");
const CONTENTS_SCRIPT = join(__dirname, "print-contents.ts");
const POSTGRES_ENV = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
  ADMIN_TOKEN: TEST_ADMIN_TOKEN,
  RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
};

/** Run a TypeScript file with the embedded database in `dataDir` (PGlite cannot run inside jest's VM). */
function runInChild(args: string[], dataDir: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  for (const name of CONFIG_VARIABLES.filter((n) => n !== "DATA_DIR" && n !== "LOG_LEVEL")) delete env[name];
  const child = spawnSync(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed (${child.status}): ${child.stderr}`);
  return child.stdout;
}

async function submitTrickyAnswers(url: string): Promise<void> {
  for (const [i, text] of TRICKY_TEXTS.entries()) {
    const input = buildResponseInput({ communeCode: i % 2 ? "07201" : "07222", answers: { E4: text } });
    const res = await fetch(`${url}/api/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", ...newDeviceHeaders() },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(201);
  }
}

describe("npm run backup / npm run restore on PostgreSQL", () => {
  const dir = mkdtempSync(join(tmpdir(), "pks02-backup-"));
  let target: TestDatabase;
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores into an empty database the same rows, and each response's answers byte for byte", async () => {
    const server = await startTestServer();
    const env = {
      DATABASE_URL: server.testDatabase.url,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    };
    const file = join(dir, "pks02.dump");
    try {
      await submitTrickyAnswers(server.url);
      const visits = await server.request("/api/communes/07222/days/2024-06-12/visits", {
        method: "PUT",
        token: TEST_ADMIN_TOKEN,
        json: { visits: 12, helpers: [{ name: "Nguyễn Văn Ân", role: "Hội Cựu chiến binh" }] },
      });
      expect(visits.status).toBe(200);
      expect(await runBackupCli(["backup", "--out", file], recordingIo(), env)).toBe(0);
      const source = await contentsOf({ kind: "postgres", url: server.testDatabase.url });

      target = await createTestDatabase();
      const restore = recordingIo();
      expect(await runBackupCli(["restore", file], restore, { ...env, DATABASE_URL: target.url })).toBe(0);
      const restored = await contentsOf({ kind: "postgres", url: target.url });
      expect(restored.tables).toEqual(source.tables);
      expect(source.tables.responses?.rows).toBe(TRICKY_TEXTS.length);
      expect(restored.answers).toEqual(source.answers);
      expect(Object.values(restored.answers).join()).toContain(JSON.stringify(TRICKY_TEXTS[1]).slice(1, -1));

      const again = recordingIo();
      expect(await runBackupCli(["restore", file], again, { ...env, DATABASE_URL: target.url })).toBe(1);
      expect(again.lines.join()).toMatch(/chỉ khôi phục vào một cơ sở dữ liệu trống/);
      const overwrite = recordingIo();
      expect(await runBackupCli(["backup", "--out", file], overwrite, env)).toBe(1);
      expect(overwrite.lines.join()).toMatch(/đã có/);
    } finally {
      await server.close();
    }
  }, 120_000);

  it("refuses a command without its file (exit 2) and a file that is not a backup (exit 1)", async () => {
    const env = {
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres",
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    };
    expect(await runBackupCli(["backup"], recordingIo(), env)).toBe(2);
    expect(await runBackupCli(["restore"], recordingIo(), env)).toBe(2);
    const io = recordingIo();
    expect(await runBackupCli(["restore", __filename], io, env)).toBe(1);
    expect(io.lines.join()).toMatch(/không phải bản sao lưu/);
  });
});

describe("npm run backup / npm run restore on the embedded database", () => {
  const dir = mkdtempSync(join(tmpdir(), "pks02-backup-embedded-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("dumps PGlite's data folder and loads it into an empty DATA_DIR with the same rows and answers", async () => {
    const sourceDir = join(dir, "source");
    const server = await startEmbeddedProcess({ dataDir: sourceDir, startTimeoutMs: 150_000 });
    try {
      await submitTrickyAnswers(server.url);
    } finally {
      await server.stop();
    }
    const file = join(dir, "pks02-embedded.tar.gz");
    expect(runInChild(["bot-server/src/backup/cli.ts", "backup", "--out", file], sourceDir)).toMatch(
      /Đã sao lưu/,
    );
    const targetDir = join(dir, "target");
    expect(runInChild(["bot-server/src/backup/cli.ts", "restore", file], targetDir)).toMatch(/Đã khôi phục/);

    const before = JSON.parse(runInChild([CONTENTS_SCRIPT, sourceDir], sourceDir));
    const after = JSON.parse(runInChild([CONTENTS_SCRIPT, targetDir], targetDir));
    expect(after).toEqual(before);
    expect(Object.keys(after.answers)).toHaveLength(TRICKY_TEXTS.length);
    const intoPostgres = recordingIo();
    expect(await runBackupCli(["restore", file], intoPostgres, POSTGRES_ENV)).toBe(1);
    expect(intoPostgres.lines.join()).toMatch(/bản sao lưu của cơ sở dữ liệu nhúng/);
  }, 400_000);
});
