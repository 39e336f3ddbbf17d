import { randomUUID } from "node:crypto";
import { buildCampaignCatalog, type Campaign } from "@pks02/shared";
import { checkFormVersions } from "../../src/campaigns/form-versions";
import { startTestServer, TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID, type TestServer } from "../../src/testing";
import { newDeviceHeaders } from "../../src/testing/factories";

describe("a campaign's form versions", () => {
  let server: TestServer;
  let campaign: Campaign;
  const check = (changed: Campaign) =>
    checkFormVersions(server.context.db, buildCampaignCatalog([changed], changed.id), new Date());

  beforeAll(async () => {
    server = await startTestServer({
      env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR },
      now: new Date("2024-06-15T10:00:00+07:00"),
    });
    campaign = server.config.campaigns.find(TEST_CAMPAIGN_ID)!;
  });
  afterAll(() => server.close());

  it("lets a form change while its version has no responses, and not once it has", async () => {
    await expect(
      check({ ...campaign, form: { ...campaign.form, title: "Tiêu đề khác" } }),
    ).resolves.toBeUndefined();
    await expect(check(campaign)).resolves.toBeUndefined(); // back to the file's form
    const res = await server.request("/api/responses", {
      method: "POST",
      headers: newDeviceHeaders(),
      json: {
        submissionId: randomUUID(),
        campaignId: TEST_CAMPAIGN_ID,
        communeCode: "99001",
        surveyVersion: campaign.form.version,
        answers: { T1: 2 },
      },
    });
    expect(res.status).toBe(201);
    const changed = { ...campaign, form: { ...campaign.form, intro: "Lời giới thiệu khác." } };
    await expect(check(changed)).rejects.toThrow(
      `${campaign.source}: form.version: the form changed but version tn01-2024.1 already has 1 responses; give the changed form a new version`,
    );
    await expect(
      check({ ...changed, form: { ...changed.form, version: "tn01-2024.2" } }),
    ).resolves.toBeUndefined();
  });
});
