import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CampaignFileError, DEFAULT_CAMPAIGN_ID } from "@pks02/shared";
import { buildCampaignFileContent } from "@pks02/shared/src/campaigns/test-factories";
import { TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID } from "../testing/campaigns";
import { REPO_CAMPAIGNS_DIR, loadCampaignCatalog } from "./load-campaigns";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "campaigns-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (directories: string[], defaultCampaignId = DEFAULT_CAMPAIGN_ID) =>
  loadCampaignCatalog({ directories, defaultCampaignId });

function problemOf(directories: string[], defaultCampaignId?: string): string {
  try {
    load(directories, defaultCampaignId);
  } catch (error) {
    if (error instanceof CampaignFileError) return error.message.replaceAll(dir, "<dir>");
    throw error;
  }
  return "no error";
}

const campaignJson = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify(buildCampaignFileContent(overrides));

describe("loading the campaigns", () => {
  it("finds the shipped PKS 02 campaign: its form, 209 units in 10 districts, 12–14/6/2024", () => {
    const catalog = load([REPO_CAMPAIGNS_DIR]);
    const pks02 = catalog.defaultCampaign;
    expect(pks02.id).toBe(DEFAULT_CAMPAIGN_ID);
    expect(pks02.form.id).toBe("PKS02");
    expect(pks02.units.units).toHaveLength(209);
    expect(pks02.units.parents).toHaveLength(10);
    expect(pks02.window).toEqual({ start: "2024-06-12", end: "2024-06-14" });
    expect(pks02.source).toMatch(/campaigns\/pks02-bac-giang-2024-06\.json$/);
  });

  it("adds an operator's YAML campaign whose form is in another file, and applies a window to the default only", () => {
    const catalog = loadCampaignCatalog({
      directories: [REPO_CAMPAIGNS_DIR, TEST_CAMPAIGNS_DIR],
      defaultCampaignId: DEFAULT_CAMPAIGN_ID,
      defaultWindow: { start: "2026-01-05", end: "2026-01-07" },
    });
    expect(catalog.campaigns.map((c) => c.id)).toEqual([DEFAULT_CAMPAIGN_ID, TEST_CAMPAIGN_ID]);
    const test = catalog.find(TEST_CAMPAIGN_ID)!;
    expect(test.form.version).toBe("tn01-2024.1");
    expect(test.units.parents).toEqual([]);
    expect(test.window).toEqual({ start: "2024-06-14", end: "2024-06-15" });
    expect(test.quota.crowdedMinimumPerDay).toBe(10);
    expect(catalog.defaultCampaign.window).toEqual({ start: "2026-01-05", end: "2026-01-07" });
  });

  it.each([
    [
      "a bad date",
      { days: { start: "2024-10-32", end: "2024-10-02" } },
      "days.start: ngày này không có trên lịch",
    ],
    ["a newer format", { format: 2 }, "format: this code reads campaign files of format 1"],
    ["another time zone", { timeZone: "Asia/Bangkok" }, "timeZone: only Asia/Ho_Chi_Minh is supported"],
    ["an unknown field", { colour: "red" }, "colour: unknown field (misspelt?)"],
    ["a bad id", { id: "Đợt 1" }, "id: mã đợt khảo sát gồm chữ thường, chữ số và dấu gạch ngang"],
  ])("names the file, the field and the problem for %s", (_name, overrides, problem) => {
    writeFileSync(join(dir, "dot-thu.json"), campaignJson(overrides));
    expect(problemOf([dir], "dot-thu")).toBe(
      `${join(dir, "dot-thu.json").replace(dir, "<dir>")}: ${problem}`,
    );
  });

  it("names the file of a form that is not valid YAML", () => {
    mkdirSync(join(dir, "forms"));
    writeFileSync(join(dir, "forms", "f.yaml"), "id: [unclosed");
    writeFileSync(join(dir, "dot-thu.json"), campaignJson({ form: { file: "forms/f.yaml" } }));
    expect(problemOf([dir], "dot-thu")).toMatch(/^<dir>\/forms\/f\.yaml: \(file\): not valid YAML: /);
  });

  it("refuses two campaigns with one id, naming both files", () => {
    writeFileSync(join(dir, "a.json"), campaignJson());
    writeFileSync(join(dir, "b.json"), campaignJson());
    expect(problemOf([dir], "dot-thu")).toBe("<dir>/b.json: id: dot-thu is also the id in <dir>/a.json");
  });

  it("refuses a default campaign that no file defines, and a folder that does not exist", () => {
    expect(problemOf([REPO_CAMPAIGNS_DIR], "dot-khac")).toMatch(
      /: id: no campaign has the default id dot-khac$/,
    );
    expect(problemOf([join(dir, "missing")])).toBe("<dir>/missing: (file): no such folder");
  });
});
