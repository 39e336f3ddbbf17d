import { ZApiError, ZCommuneInfo, ZResponseReceipt, ZSurveyInfo } from "@pks02/shared";
import { startTestServer, type TestServer } from "../src/testing";
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

  it("the error shape, whatever refuses", async () => {
    for (const path of ["/api/communes/99999", "/api/nothing-here"]) {
      const body = ZApiError.strict().parse(await (await server.request(path)).json());
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  });
});
