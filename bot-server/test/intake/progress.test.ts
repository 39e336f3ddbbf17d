import { PROVINCE, communesOfDistrict, type CommuneProgress } from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { computeProgress } from "../../src/progress/compute-progress";
import { recordVisits } from "../../src/visits/record-visits";
import {
  DISTRICT_215_TOKEN,
  DISTRICT_ENV,
  DONG_TIEN,
  SONG_MAI,
  THO_XUONG,
  insertStoredResponses,
  noonOf,
} from "./intake-fixtures";

describe("progress (GET /api/progress and computeProgress)", () => {
  let server: TestServer;
  const find = (communes: CommuneProgress[], code: string) => communes.find((c) => c.code === code)!;

  beforeAll(async () => {
    server = await startTestServer({ env: DISTRICT_ENV, now: noonOf("2024-06-13") });
    const { context } = server;
    const visits = (communeCode: string, date: string, count: number) =>
      recordVisits(context, {
        campaign: context.config.campaigns.defaultCampaign,
        communeCode,
        date,
        scope: PROVINCE,
        visits: count,
        source: "api",
        reportedBy: "admin",
      });
    await visits(SONG_MAI, "2024-06-12", 20);
    await visits(SONG_MAI, "2024-06-13", 20);
    await insertStoredResponses(context.db, SONG_MAI, "2024-06-12", 12);
    await insertStoredResponses(context.db, SONG_MAI, "2024-06-13", 10);
    await insertStoredResponses(context.db, SONG_MAI, "2024-06-14", 5); // a later day: not yet counted
    await visits(THO_XUONG, "2024-06-12", 10); // 13/6 not reported
    await insertStoredResponses(context.db, THO_XUONG, "2024-06-12", 2);
    await visits(DONG_TIEN, "2024-06-12", 10);
    await visits(DONG_TIEN, "2024-06-13", 0);
    await insertStoredResponses(context.db, DONG_TIEN, "2024-06-12", 20);
  });
  afterAll(async () => {
    await server.close();
  });

  it("counts each commune's responses and visits over the window's days so far and judges its quota", async () => {
    const report = await computeProgress(server.context, server.config.campaigns.defaultCampaign);
    expect(report.dates).toEqual(["2024-06-12", "2024-06-13"]);
    expect(report.communes).toHaveLength(209);
    expect(find(report.communes, SONG_MAI)).toMatchObject({
      name: "Xã Song Mai",
      districtCode: "213",
      districtName: "Thành phố Bắc Giang",
      responses: 22,
      visits: 40,
      visitsReported: 40,
      daysReported: 2,
      quota: { status: "ok", lowerBound: 20, upperBound: 60, days: 2 },
    });
    expect(find(report.communes, THO_XUONG)).toMatchObject({
      responses: 2,
      visits: null,
      visitsReported: 10,
      daysReported: 1,
      quota: { status: "missing_visits" },
    });
    expect(find(report.communes, DONG_TIEN)).toMatchObject({
      responses: 20,
      visits: 10,
      quota: { status: "too_many", excess: 5 },
    });
  });

  it("adds up districts and the province", async () => {
    const report = await computeProgress(server.context, server.config.campaigns.defaultCampaign);
    expect(report.districts).toHaveLength(10);
    expect(report.districts.find((d) => d.code === "213")).toEqual({
      code: "213",
      name: "Thành phố Bắc Giang",
      communes: communesOfDistrict("213").length,
      responses: 24,
      unverifiedResponses: 24,
      visits: 50,
      communesOk: 1,
      communesTooFew: 0,
      communesTooMany: 0,
      communesMissingVisits: communesOfDistrict("213").length - 1,
    });
    expect(report.province).toEqual({
      communes: 209,
      responses: 44,
      unverifiedResponses: 44,
      visits: 60,
      communesOk: 1,
      communesTooFew: 0,
      communesTooMany: 1,
      communesMissingVisits: 207,
    });
  });

  it("when asked for one day, counts only that day", async () => {
    const res = await server.request("/api/progress?date=2024-06-12", { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.dates).toEqual(["2024-06-12"]);
    expect(find(report.communes, SONG_MAI)).toMatchObject({
      responses: 12,
      visits: 20,
      quota: { status: "ok", days: 1 },
    });
    expect(find(report.communes, THO_XUONG)).toMatchObject({
      responses: 2,
      visits: 10,
      quota: { status: "too_few", missing: 3 },
    });
  });

  it("counts a later day once the clock reaches it", async () => {
    server.setNow(noonOf("2024-06-20"));
    try {
      const report = await computeProgress(server.context, server.config.campaigns.defaultCampaign);
      expect(report.dates).toEqual(["2024-06-12", "2024-06-13", "2024-06-14"]);
      expect(find(report.communes, SONG_MAI)).toMatchObject({ responses: 27, visits: null, daysReported: 2 });
    } finally {
      server.setNow(noonOf("2024-06-13"));
    }
  });

  it("shows a district token only its own district", async () => {
    const res = await server.request("/api/progress", { token: DISTRICT_215_TOKEN });
    expect(res.status).toBe(200);
    const report = await res.json();
    const yenThe = communesOfDistrict("215");
    expect(report.communes.map((c: CommuneProgress) => c.code)).toEqual(yenThe.map((c) => c.code));
    expect(report.districts.map((d: { code: string }) => d.code)).toEqual(["215"]);
    expect(report.province).toMatchObject({ communes: yenThe.length, responses: 20, visits: 10 });
  });

  it("refuses a district token asking for another district with 403 FORBIDDEN", async () => {
    const res = await server.request("/api/progress?district=213", { token: DISTRICT_215_TOKEN });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
  });

  it("lets the admin narrow the report to one district", async () => {
    const res = await server.request("/api/progress?district=213", { token: TEST_ADMIN_TOKEN });
    const report = await res.json();
    expect(report.communes).toHaveLength(communesOfDistrict("213").length);
    expect(report.province.responses).toBe(24);
  });

  it.each([
    ["a day outside the window", "?date=2024-06-15", 400, "DATE_OUTSIDE_WINDOW"],
    ["a malformed date", "?date=13/06/2024", 400, "BAD_REQUEST"],
    ["an unknown district", "?district=999", 404, "DISTRICT_NOT_FOUND"],
  ])("answers %s with %i %s", async (_label, query, status, code) => {
    const res = await server.request(`/api/progress${query}`, { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it("refuses a request without a staff token with 401 UNAUTHORIZED", async () => {
    const res = await server.request("/api/progress");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHORIZED");
  });
});
