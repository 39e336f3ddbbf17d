import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN_ID, ZCampaignList } from "@pks02/shared";
import { startTestServer, TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID, type TestServer } from "../../src/testing";
import { buildCampaignFileContent } from "@pks02/shared/src/campaigns/test-factories";
import { runProcessToExit } from "../../src/testing/embedded-process";

describe("GET /api/campaigns", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR },
      now: new Date("2024-06-13T03:00:00Z"),
    });
  });
  afterAll(() => server.close());

  it("lists the shipped campaign and the operator's, each with its days and where it stands today", async () => {
    const res = await server.request("/api/campaigns");
    expect(res.status).toBe(200);
    const list = ZCampaignList.parse(await res.json());
    expect(list.defaultCampaignId).toBe(DEFAULT_CAMPAIGN_ID);
    expect(list.today).toBe("2024-06-13");
    expect(list.campaigns.map((c) => [c.id, c.phase, c.window.start, c.unitCount, c.hasDistricts])).toEqual([
      [DEFAULT_CAMPAIGN_ID, "open", "2024-06-12", 209, true],
      [TEST_CAMPAIGN_ID, "not_open", "2024-06-14", 3, false],
    ]);
    expect(list.campaigns[1]).toMatchObject({
      isDefault: false,
      form: { id: "TN01", version: "tn01-2024.1" },
    });
  });

  it("refuses a query parameter it does not know, with a 400", async () => {
    const res = await server.request("/api/campaigns?campaign=x");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });
});

describe("a campaign file with a bad field", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bad-campaign-"));
    const file = buildCampaignFileContent({
      id: "dot-hong",
      days: { start: "2024-10-02", end: "2024-10-01" },
    });
    writeFileSync(join(dir, "dot-hong.json"), JSON.stringify(file));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops start-up with one line naming the file, the field and the problem", async () => {
    const { code, output } = await runProcessToExit({ CAMPAIGNS_DIR: dir, DATA_DIR: join(dir, "data") });
    expect(code).toBe(2);
    expect(output.trim()).toBe(
      `Configuration error: campaign file ${join(dir, "dot-hong.json")}: days: start must not be after end`,
    );
  }, 40_000);
});
