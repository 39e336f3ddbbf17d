// The simulation's short version: a day in a dozen communes through the real API, then its summary and the
// privacy scan (the full run: `npm run simulate -- --communes 209 --days 3`).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID } from "@pks02/bot-server/src/testing/campaigns";
import { parseSimulationArgs } from "./options";
import { scanLog } from "./privacy-scan";

const execFileAsync = promisify(execFile);
const TSX = require.resolve("tsx/cli");

describe("npm run simulate", () => {
  it("drives a survey day through the API and prints its summary, with nothing private found", async () => {
    const { stdout } = await execFileAsync(
      process.execPath,
      [TSX, path.join(__dirname, "cli.ts"), "--communes", "12", "--days", "1", "--scale", "0.3", "--drop"],
      { timeout: 150_000 },
    );
    expect(stdout).toMatch(/Mô phỏng xong: 209 xã, 1 ngày\./);
    const stored = Number(/phiếu đã lưu (\d+)/.exec(stdout)?.[1]);
    expect(stored).toBeGreaterThan(20);
    expect(Number(/gửi lại được trả biên nhận cũ (\d+)/.exec(stdout)?.[1])).toBeGreaterThan(0);
    expect(Number(/tin nhắn nhóm (\d+)/.exec(stdout)?.[1])).toBeGreaterThan(12);
    // The counts go through the group's /luotden with the campaign's registration codes: most communes report.
    expect(Number(/xã đã báo lượt đến ngày cuối (\d+)/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(10);
    expect(stdout).toMatch(/privacy scan of every table and the log \(\d+ device ids\): nothing found/);
  }, 180_000);

  it("simulates another campaign: its form, its units without districts, its days", async () => {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      [
        TSX,
        path.join(__dirname, "cli.ts"),
        "--campaign",
        TEST_CAMPAIGN_ID,
        "--days",
        "1",
        "--scale",
        "0.5",
        "--drop",
      ],
      { timeout: 150_000, env: { ...process.env, CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR } },
    );
    expect(stderr).toContain(`đợt khảo sát ${TEST_CAMPAIGN_ID}`);
    expect(stderr).toContain("từ 2024-06-14");
    expect(stdout).toMatch(/Mô phỏng xong: 3 xã, 1 ngày\./);
    expect(Number(/phiếu đã lưu (\d+)/.exec(stdout)?.[1])).toBeGreaterThan(5);
    expect(stdout).toMatch(/bị từ chối \{\}/);
    expect(Number(/xã đã báo lượt đến ngày cuối (\d+)/.exec(stdout)?.[1])).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it("refuses an unknown option or a commune count outside 1–209, naming it", () => {
    expect(() => parseSimulationArgs(["--communes", "300"])).toThrow(/--communes/);
    expect(() => parseSimulationArgs(["--colour", "x"])).toThrow(/colour/);
    expect(parseSimulationArgs(["--days", "2", "--drop"])).toMatchObject({
      communes: 209,
      days: 2,
      drop: true,
    });
  });
});

describe("the privacy scan", () => {
  it("finds a device id or a phone number left in a log", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pks02-scan-")), "log");
    writeFileSync(file, '{"msg":"ok"}\n{"deviceId":"3f0c-device"}\n{"text":"gọi 0912 345 678"}\n');
    const findings = scanLog(file, new Set(["3f0c-device"]));
    expect(findings.map((f) => f.where)).toEqual(["log line 2", "log line 3"]);
  });
});
