import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const CLI = path.join(__dirname, "cli.ts");
const TSX = require.resolve("tsx/cli");

/** Run `npm run qr -- ...` as an operator would (through tsx), without any QR variables in the environment. */
async function runQrCli(args: string[], env: Record<string, string> = {}) {
  const baseEnv = { ...process.env };
  for (const name of ["ZALO_MINI_APP_ID", "SURVEY_START", "SURVEY_END"]) delete baseEnv[name];
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [TSX, CLI, ...args], {
      env: { ...baseEnv, ...env },
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("npm run qr", () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "pks02-qr-cli-"));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("reports unknown commune codes, exits 2 and writes nothing", async () => {
    const outDir = path.join(workDir, "unknown-codes");
    const result = await runQrCli(["--out", outDir, "--app-id", "42", "--communes", "07201,99999"]);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringContaining("99999")]);
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it("without a Mini App id, says the codes would be placeholders and how to set the id", async () => {
    const outDir = path.join(workDir, "no-app-id");
    const result = await runQrCli(["--out", outDir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("ZALO_MINI_APP_ID");
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it("writes the kit for the chosen communes and exits 0", async () => {
    const outDir = path.join(workDir, "two");
    const result = await runQrCli(["--out", outDir, "--communes", "07201,07441"], { ZALO_MINI_APP_ID: "42" });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("qr: 4/4");
    expect((await readdir(path.join(outDir, "png"))).sort()).toEqual(["07201.png", "07441.png"]);
  }, 60_000);
});
