import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ZApiError, addDays, localDateOf, windowDays } from "@pks02/shared";
import { runBackupCli } from "../../src/backup/cli";
import { CONFIG_VARIABLES } from "../../src/config";
import { startEmbeddedProcess } from "../../src/testing/embedded-process";
import { TEST_ADMIN_TOKEN, createTestDatabase, type TestServer, type TestDatabase } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { registrationCodeOf, registrationText, say, zaloServerForSuite } from "../group-bot/group-test-kit";
import { buildRosterWorkbook, helperRow, putRoster } from "../roster/roster-kit";
import {
  FILLED_TABLES,
  TRICKY_TEXTS,
  contentsOf,
  productionEnv,
  recordingIo,
  startServerOn,
} from "./backup-kit";

const ROOT = join(__dirname, "../../..");
const CONTENTS_SCRIPT = join(__dirname, "print-contents.ts");
const WINDOW_DAYS = windowDays({ start: "2024-06-12", end: "2024-06-14" });
const MEMBER = "5510185758261927931";

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

/** Residents answer with free texts that must survive byte for byte; returns the device of each. */
async function submitTrickyAnswers(url: string): Promise<{ deviceId: string; communeCode: string }[]> {
  const sent = [];
  for (const [i, text] of TRICKY_TEXTS.entries()) {
    const communeCode = i % 2 ? "07201" : "07222";
    const headers = newDeviceHeaders();
    const res = await fetch(`${url}/api/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(buildResponseInput({ communeCode, answers: { E4: text } })),
    });
    expect(res.status).toBe(201);
    sent.push({ deviceId: headers["x-device-id"], communeCode });
  }
  return sent;
}

/** A survey day's worth of everything the server keeps: counts, helpers, roster, members, a summary. */
async function fillSurveyDay(server: TestServer, rig: ReturnType<typeof zaloServerForSuite>): Promise<void> {
  const visits = await server.request("/api/communes/07222/days/2024-06-12/visits", {
    method: "PUT",
    token: TEST_ADMIN_TOKEN,
    json: { visits: 12, helpers: [{ name: "Nguyễn Văn Ân", role: "Hội Cựu chiến binh" }] },
  });
  expect(visits.status).toBe(200);
  const roster = await buildRosterWorkbook(
    [helperRow("07201", "12/06/2024", "Sáng", "Trần Thị Bình")],
    [["Phạm Thị Dung", "Phó Chủ tịch", "UBND Thành phố Bắc Giang", "213", "12/06/2024"]],
  );
  expect((await putRoster(server, roster, TEST_ADMIN_TOKEN)).status).toBe(200);
  const wrong = (await registrationCodeOf(server, "07243")) === "000000" ? "000001" : "000000";
  await say(server, rig.fake, MEMBER, `/dangky 07243 ${wrong}`); // a wrong code is kept as a failure
  expect((await say(server, rig.fake, MEMBER, await registrationText(server, "07201")))[0]).toMatch(/^✅/);
  expect((await say(server, rig.fake, MEMBER, "/luotden 9"))[0]).toMatch(/^✅/);
  const run = await server.request("/api/admin/jobs/daily-summary/run", {
    method: "POST",
    token: TEST_ADMIN_TOKEN,
    json: { date: "2024-06-12", force: false },
  });
  expect(run.status).toBe(200);
}

const progressOf = async (url: string) =>
  (await fetch(`${url}/api/progress`, { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } })).json();

describe("npm run backup / npm run restore on PostgreSQL", () => {
  const rig = zaloServerForSuite();
  const dir = mkdtempSync(join(tmpdir(), "pks02-backup-"));
  let target: TestDatabase;
  afterAll(async () => {
    await target?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores into an empty database every table row for row, the answers byte for byte, the same progress", async () => {
    const { server } = rig;
    const env = productionEnv(server.testDatabase.url);
    const file = join(dir, "pks02.dump");
    const residents = await submitTrickyAnswers(server.url);
    await fillSurveyDay(server, rig);
    const progressBefore = await progressOf(server.url);
    expect(await runBackupCli(["backup", "--out", file], recordingIo(), env)).toBe(0);
    const source = await contentsOf(
      { kind: "postgres", url: server.testDatabase.url, poolSize: 1 },
      WINDOW_DAYS,
    );
    const empty = FILLED_TABLES.filter((table) => !source.tables[table]?.rows);
    expect(empty).toEqual([]);

    target = await createTestDatabase();
    const restore = recordingIo();
    expect(await runBackupCli(["restore", file], restore, productionEnv(target.url))).toBe(0);
    expect(restore.lines.join()).toMatch(/cùng RESPONDENT_HASH_SECRET/);
    const restored = await contentsOf({ kind: "postgres", url: target.url, poolSize: 1 }, WINDOW_DAYS);
    expect(restored.tables).toEqual(source.tables);
    expect(source.tables.responses?.rows).toBe(TRICKY_TEXTS.length);
    expect(restored.answers).toEqual(source.answers);
    expect(Object.values(restored.answers).join()).toContain(JSON.stringify(TRICKY_TEXTS[1]).slice(1, -1));
    expect(restored.progress).toEqual(source.progress);
    expect(restored.progress.province.responses).toBe(TRICKY_TEXTS.length);

    // The server on the restored database: same figures, a resident who answered is still known, and the
    // counters' trigger still counts a new answer.
    const moved = await startServerOn(target.url, server.context.now());
    try {
      expect(await progressOf(moved.url)).toEqual(progressBefore);
      const post = (communeCode: string, deviceId?: string) =>
        fetch(`${moved.url}/api/responses`, {
          method: "POST",
          headers: { "content-type": "application/json", ...newDeviceHeaders(deviceId) },
          body: JSON.stringify(buildResponseInput({ communeCode })),
        });
      const again = await post(residents[0]!.communeCode, residents[0]!.deviceId);
      expect(again.status).toBe(409);
      expect(ZApiError.parse(await again.json()).error.code).toBe("ALREADY_ANSWERED");
      expect((await post("07222")).status).toBe(201);
      const after = (await progressOf(moved.url)) as { province: { responses: number } };
      expect(after.province.responses).toBe(TRICKY_TEXTS.length + 1);
    } finally {
      await moved.close();
    }

    const again = recordingIo();
    expect(await runBackupCli(["restore", file], again, productionEnv(target.url))).toBe(1);
    expect(again.lines.join()).toMatch(/chỉ khôi phục vào một cơ sở dữ liệu trống/);
    const overwrite = recordingIo();
    expect(await runBackupCli(["backup", "--out", file], overwrite, env)).toBe(1);
    expect(overwrite.lines.join()).toMatch(/đã có/);
  }, 120_000);

  it("refuses a command without its file (exit 2), a file that is not a backup (exit 1), a bad configuration (exit 2)", async () => {
    const env = productionEnv("postgres://postgres@127.0.0.1:5432/postgres");
    expect(await runBackupCli(["backup"], recordingIo(), env)).toBe(2);
    expect(await runBackupCli(["restore"], recordingIo(), env)).toBe(2);
    const io = recordingIo();
    expect(await runBackupCli(["restore", __filename], io, env)).toBe(1);
    expect(io.lines.join()).toMatch(/không phải bản sao lưu/);
    const shortToken = recordingIo();
    expect(
      await runBackupCli(["backup", "--out", join(dir, "x.dump")], shortToken, {
        ...env,
        ADMIN_TOKEN: "short",
      }),
    ).toBe(2);
    expect(shortToken.lines.join()).toMatch(/ADMIN_TOKEN/);
  });
});

describe("npm run backup / npm run restore on the embedded database", () => {
  const dir = mkdtempSync(join(tmpdir(), "pks02-backup-embedded-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("dumps PGlite's data folder and loads it into an empty DATA_DIR with the same rows, answers and progress", async () => {
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

    // The embedded default opens its window today, for three days.
    const today = localDateOf(new Date());
    const days = windowDays({ start: today, end: addDays(today, 2) }).join(",");
    const [before, after] = JSON.parse(runInChild([CONTENTS_SCRIPT, days, sourceDir, targetDir], sourceDir));
    expect(after).toEqual(before);
    expect(Object.keys(after.answers)).toHaveLength(TRICKY_TEXTS.length);
    expect(after.progress.province.responses).toBe(TRICKY_TEXTS.length);
    for (const table of ["respondent_keys", "response_counts", "registration_codes"])
      expect(after.tables[table].rows).toBeGreaterThan(0);
    const intoPostgres = recordingIo();
    const postgres = productionEnv("postgres://postgres@127.0.0.1:5432/postgres");
    expect(await runBackupCli(["restore", file], intoPostgres, postgres)).toBe(1);
    expect(intoPostgres.lines.join()).toMatch(/bản sao lưu của cơ sở dữ liệu nhúng/);
  }, 400_000);
});
