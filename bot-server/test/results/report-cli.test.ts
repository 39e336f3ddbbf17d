import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiErrorMessage, communesOfDistrict, ZResultsReport } from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, TEST_HASH_SECRET, type TestServer } from "../../src/testing";
import { runReportCli } from "../../src/results/report-cli";
import { THO_XUONG, noonOf } from "../intake/intake-fixtures";
import { submitResponses, allCriteria } from "./results-fixtures";

// Hang guard, not a speed check: report cards with charts on a loaded 2-core machine.
jest.setTimeout(120_000);

describe("npm run report", () => {
  let server: TestServer;
  let out: string;

  beforeAll(async () => {
    server = await startTestServer();
    await submitResponses(server, THO_XUONG, "2024-06-12", 3, allCriteria(5));
    server.setNow(noonOf("2024-06-15"));
    out = mkdtempSync(join(tmpdir(), "pks02-report-"));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await server.close();
  });

  const env = () => ({
    DATABASE_URL: server.testDatabase.url,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    ZALO_MINI_APP_ID: "3010090187281842176",
    SURVEY_START: "2024-06-12",
    SURVEY_END: "2024-06-14",
  });

  it("writes the JSON, the workbook, the CSV, the report and every report card of a district", async () => {
    // One district's 16 cards (the whole province's 209 are the same code, and take minutes on this machine).
    expect(await runReportCli(["--out", out, "--district", "213"], env())).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "report-cards",
      "results.csv",
      "results.json",
      "results.pdf",
      "results.xlsx",
    ]);
    expect(readdirSync(join(out, "report-cards")).sort()).toEqual(
      communesOfDistrict("213").map((c) => `${c.code}.pdf`),
    );
    const report = ZResultsReport.parse(JSON.parse(readFileSync(join(out, "results.json"), "utf8")));
    expect(report.province.pooled.responses).toBe(3);
    expect(readFileSync(join(out, "results.csv"), "utf8").trimEnd().split("\r\n")).toHaveLength(4);
  });

  it("refuses a missing --out and an unknown campaign", async () => {
    expect(await runReportCli([], env())).toBe(2);
    expect(await runReportCli(["--out", out, "--district", "999"], env())).toBe(2);
    const printed = jest.spyOn(console, "error");
    expect(await runReportCli(["--out", out, "--campaign", "2030"], env())).toBe(1);
    // The operator is told to check the campaign id, not (as a resident would be) to rescan a QR code.
    expect(printed).toHaveBeenLastCalledWith(apiErrorMessage("CAMPAIGN_NOT_FOUND", "staff"));
    printed.mockRestore();
  });
});
