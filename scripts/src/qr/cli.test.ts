import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID } from "@pks02/bot-server/src/testing/campaigns";
import { QR_KIT_FILES } from "./generate";
import { readPdfText } from "./testing/pdf-text";
import { decodeQrPngs } from "./testing/qr-decode";

const execFileAsync = promisify(execFile);
const CLI = path.join(__dirname, "cli.ts");
const TSX = require.resolve("tsx/cli");

/** Run `npm run qr -- ...` as an operator would (through tsx), without any QR variables in the environment. */
async function runQrCli(args: string[], env: Record<string, string> = {}) {
  const baseEnv = { ...process.env };
  for (const name of ["ZALO_MINI_APP_ID", "SURVEY_START", "SURVEY_END", "CAMPAIGNS_DIR", "DEFAULT_CAMPAIGN"])
    delete baseEnv[name];
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

  describe("--campaign: another round, three units without districts (CAMPAIGNS_DIR)", () => {
    const env = { ZALO_MINI_APP_ID: "42", CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR };
    const units = ["99001", "99002", "99003"];
    let outDir: string;
    let result: Awaited<ReturnType<typeof runQrCli>>;

    beforeAll(async () => {
      outDir = path.join(workDir, "flat");
      result = await runQrCli(["--out", outDir, "--campaign", TEST_CAMPAIGN_ID], env);
    }, 60_000);

    it("writes one code per unit of that campaign, each opening that campaign's unit", async () => {
      expect(result).toMatchObject({ exitCode: 0 });
      expect(result.stdout).toContain("3 đơn vị");
      const pngOf = (code: string) => path.join(outDir, "png", `${code}.png`);
      expect(await decodeQrPngs(units.map(pngOf))).toEqual(
        Object.fromEntries(
          units.map((code) => [
            pngOf(code),
            `https://zalo.me/s/42/?campaign=${TEST_CAMPAIGN_ID}&commune=${code}&utm_source=zalo-qr`,
          ]),
        ),
      );
    }, 60_000);

    it("prints that campaign's form on the posters and lists the units flat, without district headings", async () => {
      const posters = await readPdfText(path.join(outDir, QR_KIT_FILES.posters));
      expect(posters.pageCount).toBe(3);
      expect(posters.pages[1]).toContain("Xã Mẫu Bình");
      expect(posters.pages[1]).toContain("PHIẾU THỬ NGHIỆM");
      expect(posters.pages[1]).toContain("từ ngày 14/06/2024 đến hết ngày 15/06/2024");
      expect(posters.pages.join("\n")).not.toMatch(/PKS 02|Bắc Giang|null|undefined/);
      const list = await readPdfText(path.join(outDir, QR_KIT_FILES.listPdf));
      expect(list.pages[0]).toContain("Danh sách mã QR – Khảo sát TN01");
      expect(list.pages[0]).not.toMatch(/\(mã \d{3}\)|null|undefined/);
    }, 60_000);

    it("writes a spreadsheet without district columns", async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(outDir, QR_KIT_FILES.listXlsx));
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(2).values).toEqual([
        undefined,
        "STT",
        "Mã xã",
        "Xã/phường/thị trấn",
        "Đường dẫn",
        "Tệp ảnh QR",
      ]);
      expect([3, 4, 5].map((row) => sheet.getRow(row).getCell(2).value)).toEqual(units);
    });

    it("refuses --district for a campaign without districts, and a unit of another campaign", async () => {
      const district = await runQrCli(
        ["--out", path.join(workDir, "flat-district"), "--campaign", TEST_CAMPAIGN_ID, "--district", "213"],
        env,
      );
      expect(district).toMatchObject({ exitCode: 2 });
      expect(district.stderr).toContain("không chia theo huyện");
      const other = await runQrCli(
        ["--out", path.join(workDir, "flat-other"), "--campaign", TEST_CAMPAIGN_ID, "--communes", "07201"],
        env,
      );
      expect(other).toMatchObject({ exitCode: 2 });
      expect(other.stderr).toContain("07201");
      expect(existsSync(path.join(workDir, "flat-district"))).toBe(false);
      expect(existsSync(path.join(workDir, "flat-other"))).toBe(false);
    }, 60_000);
  });

  it("names the campaigns there are when --campaign names none of them", async () => {
    const outDir = path.join(workDir, "unknown-campaign");
    const result = await runQrCli(["--out", outDir, "--campaign", "dot-khong-co"], {
      ZALO_MINI_APP_ID: "42",
    });
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toContain("dot-khong-co");
    expect(result.stderr).toContain("pks02-bac-giang-2024-06");
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);

  it("stops on a bad campaign file, naming the file and the field, and writes nothing", async () => {
    const campaignsDir = path.join(workDir, "bad-campaigns");
    await mkdir(path.join(campaignsDir, "forms"), { recursive: true });
    await copyFile(
      path.join(TEST_CAMPAIGNS_DIR, "forms", "tn01.yaml"),
      path.join(campaignsDir, "forms", "tn01.yaml"),
    );
    await writeFile(
      path.join(campaignsDir, "sai.yaml"),
      "format: 1\nid: dot-sai\ntitle: Sai\nform: { file: forms/tn01.yaml }\n" +
        'units: { units: [{ code: "99001", name: Xã A, kind: Xã }] }\ndays: { start: "2024-06-31", end: "2024-07-01" }\n',
    );
    const outDir = path.join(workDir, "bad-campaign-out");
    const result = await runQrCli(["--out", outDir], { ZALO_MINI_APP_ID: "42", CAMPAIGNS_DIR: campaignsDir });
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toContain("sai.yaml");
    expect(result.stderr).toContain("days.start");
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
