import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listedAssets, listFiles, MAX_FILE_BYTES, MAX_ZIP_BYTES, ZBuiltAppConfig } from "./check-bundle";
import type { DeployOptions } from "./options";
import { FAKE_ACCESS_TOKEN, FAKE_DEPLOY_TOKEN, FakeZmpApi } from "./testing/fake-zmp-api";
import { uploadBundle } from "./upload";

const ROOT = join(__dirname, "../../..");
const API_BASE = "https://pks02.example.gov.vn";
const MINI_APP_ID = "3141592653589793";

/** The entries of a zip (Info-ZIP's unzip, which this machine kind has), and one entry's text. */
const zipEntries = (zip: string) =>
  execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n");
const zipText = (zip: string, entry: string) =>
  execFileSync("unzip", ["-p", zip, entry], { encoding: "utf8" });

describe("npm run deploy:mini-app", () => {
  const stageDir = mkdtempSync(join(tmpdir(), "pks02-deploy-"));
  const zip = join(stageDir, "www.zip");
  let fake: FakeZmpApi;
  beforeAll(async () => {
    fake = await new FakeZmpApi().start();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(stageDir, { recursive: true, force: true });
  });

  const uploadOptions = (upload: Partial<NonNullable<DeployOptions["upload"]>>): DeployOptions => ({
    apiBase: API_BASE,
    stageDir,
    dryRun: false,
    versionType: "testing",
    description: "Thử nghiệm trước đợt khảo sát",
    upload: { miniAppId: MINI_APP_ID, apiBase: fake.url, ...upload },
  });

  it("--dry-run builds for the production address and leaves a zip under Zalo's limits that lists every file and holds no .env", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/src/deploy/cli.ts", "--dry-run", "--out", stageDir],
      {
        cwd: ROOT,
        env: { ...process.env, VITE_API_BASE: API_BASE, ZMP_DEPLOY_TOKEN: "", ZALO_MINI_APP_ID: "" },
        encoding: "utf8",
      },
    );
    expect(run.stderr).not.toMatch(/Gói chưa đưa lên Zalo được/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Chạy thử: không tải lên/);

    expect(statSync(zip).size).toBeLessThanOrEqual(MAX_ZIP_BYTES);
    const entries = zipEntries(zip);
    const config = ZBuiltAppConfig.parse(JSON.parse(zipText(zip, "app-config.json")));
    expect(new Set(entries.filter((e) => e !== "app-config.json" && !e.endsWith("/")))).toEqual(
      listedAssets(config),
    );
    expect(
      entries.filter((e) => e.split("/").some((part) => part.startsWith(".")) || e.endsWith(".map")),
    ).toEqual([]);
    expect(entries).not.toContain("index.html");
    for (const file of listFiles(join(stageDir, "www")))
      expect(file.bytes).toBeLessThanOrEqual(MAX_FILE_BYTES);
    const mainScript = readFileSync(join(stageDir, "www", config.listSyncJS[0]!), "utf8");
    expect(mainScript).toContain(API_BASE);
  }, 400_000);

  it("uploads the staged bundle through zmp-cli-core as a testing version, with the deploy token", async () => {
    const result = await uploadBundle(uploadOptions({ deployToken: FAKE_DEPLOY_TOKEN }), () => undefined);
    expect(result).toMatchObject({ versionId: "7", appUrl: expect.stringContaining("env=TESTING") });
    const request = fake.requestUploads.at(-1)!;
    expect(request.get("versionStatus")).toBe("2");
    expect(request.get("name")).toBe("Khảo sát PKS 02");
    expect(request.get("desc")).toBe("Thử nghiệm trước đợt khảo sát");
    expect(JSON.parse(request.get("config")!)).toEqual(JSON.parse(zipText(zip, "app-config.json")));
    expect(Object.keys(JSON.parse(request.get("frameworkVersions")!))).toEqual(
      expect.arrayContaining(["react", "zmp-sdk", "zmp-ui"]),
    );
    const uploaded = join(stageDir, "uploaded.zip");
    writeFileSync(uploaded, fake.uploadedZip());
    expect(zipEntries(uploaded).sort()).toEqual(zipEntries(zip).sort());
  }, 60_000);

  it("exchanges a Zalo access token for the deploy token as zmp login does, and refuses a wrong one", async () => {
    const dev = { ...uploadOptions({ accessToken: FAKE_ACCESS_TOKEN }), versionType: "development" as const };
    await expect(uploadBundle(dev, () => undefined)).resolves.toMatchObject({ versionId: "7" });
    expect(fake.logins.at(-1)?.get("appId")).toBe(MINI_APP_ID);
    expect(fake.requestUploads.at(-1)?.get("versionStatus")).toBe("0");
    const wrong = uploadOptions({ accessToken: "not-the-access-token" });
    await expect(uploadBundle(wrong, () => undefined)).rejects.toThrow(/mã triển khai hết hạn/);
  }, 60_000);
});
