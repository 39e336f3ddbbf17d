import {
  ZApiError,
  ZCampaignList,
  ZCommuneInfo,
  ZRecordedVisits,
  ZResponseReceipt,
  ZSurveyInfo,
  ZVisitDay,
} from "@pks02/shared";
import { z } from "zod";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../src/testing/factories";

describe("every reply the Mini App reads matches its shared schema", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("GET /api/survey, GET /api/communes/:code and the receipt of POST /api/responses", async () => {
    const survey = ZSurveyInfo.parse(await (await server.request("/api/survey")).json());
    expect(survey).toMatchObject({ phase: "open", today: "2024-06-12" });
    expect(survey.campaign?.id).toBe(server.config.campaigns.defaultCampaign.id);
    const commune = ZCommuneInfo.parse(await (await server.request("/api/communes/07222")).json());
    expect(commune.name).toBe("Xã Song Mai");
    const res = await server.request("/api/responses", {
      method: "POST",
      json: buildResponseInput({ communeCode: "07222" }),
      headers: newDeviceHeaders(),
    });
    expect(res.status).toBe(201);
    expect(ZResponseReceipt.parse(await res.json()).status).toBe("accepted");
  });

  it("GET /api/campaigns", async () => {
    const list = ZCampaignList.strict().parse(await (await server.request("/api/campaigns")).json());
    expect(list.campaigns.map((c) => c.id)).toContain(list.defaultCampaignId);
  });

  it("the staff's visitor count replies, PUT and GET", async () => {
    const path = "/api/communes/07222/days/2024-06-12/visits";
    const json = { visits: 12, helpers: [{ name: "Nguyễn Văn An", role: "Cựu chiến binh" }] };
    const put = await server.request(path, { method: "PUT", json, token: TEST_ADMIN_TOKEN });
    expect(ZRecordedVisits.parse(await put.json())).toMatchObject({ visits: 12, previousVisits: null });
    const day = ZVisitDay.parse(await (await server.request(path, { token: TEST_ADMIN_TOKEN })).json());
    expect(day.history).toHaveLength(1);
    expect(day.helpers).toEqual(json.helpers);
  });

  it("the error shape, whatever refuses", async () => {
    for (const path of ["/api/communes/99999", "/api/nothing-here"]) {
      const body = z.strictObject(ZApiError.shape).parse(await (await server.request(path)).json());
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  });
});
