import { sql } from "drizzle-orm";
import { DEFAULT_CAMPAIGN_ID, PROVINCE } from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { recordVisits } from "../../src/visits/record-visits";
import { listVisitCountChanges } from "../../src/visits/visits-repository";
import { AppError } from "../../src/http/errors";
import {
  DISTRICT_213_TOKEN,
  DISTRICT_215_TOKEN,
  DISTRICT_ENV,
  DONG_TIEN,
  SONG_MAI,
  THO_XUONG,
} from "./intake-fixtures";

describe("visitor counts (PUT /api/communes/:code/days/:date/visits)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: DISTRICT_ENV });
  });
  afterAll(async () => {
    await server.close();
  });

  const put = (code: string, date: string, body: unknown, token: string | null = TEST_ADMIN_TOKEN) =>
    server.request(`/api/communes/${code}/days/${date}/visits`, {
      method: "PUT",
      json: body,
      token: token ?? undefined,
    });
  const currentCount = async (code: string, date: string) =>
    (
      await queryRows<{ visits: number }>(
        server.context.db,
        sql`SELECT visits FROM commune_day_visits WHERE commune_code = ${code} AND survey_day = ${date}::date`,
      )
    )[0]?.visits;

  it("when a count is reported twice, the second replaces the first and both changes are kept", async () => {
    const first = await put(SONG_MAI, "2024-06-12", {
      visits: 20,
      helpers: [{ name: "Nguyễn Văn A", role: "Đoàn viên" }],
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      communeCode: SONG_MAI,
      date: "2024-06-12",
      visits: 20,
      previousVisits: null,
    });
    const second = await put(SONG_MAI, "2024-06-12", { visits: 24 }, DISTRICT_213_TOKEN);
    expect(await second.json()).toEqual({
      communeCode: SONG_MAI,
      date: "2024-06-12",
      visits: 24,
      previousVisits: 20,
    });
    expect(await currentCount(SONG_MAI, "2024-06-12")).toBe(24);
    const history = await listVisitCountChanges(
      server.context.db,
      DEFAULT_CAMPAIGN_ID,
      SONG_MAI,
      "2024-06-12",
    );
    expect(
      history.map(({ previousVisits, visits, reportedBy, source }) => ({
        previousVisits,
        visits,
        reportedBy,
        source,
      })),
    ).toEqual([
      { previousVisits: null, visits: 20, reportedBy: "admin", source: "api" },
      { previousVisits: 20, visits: 24, reportedBy: "district:213", source: "api" },
    ]);
    // Helpers omitted in the second report: the day keeps those reported first.
    expect(history[1]!.helpers).toEqual([{ name: "Nguyễn Văn A", role: "Đoàn viên" }]);
  });

  it("shows staff the day's current count and its history, and refuses another district's staff", async () => {
    const res = await server.request(`/api/communes/${SONG_MAI}/days/2024-06-12/visits`, {
      token: DISTRICT_213_TOKEN,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      communeCode: SONG_MAI,
      date: "2024-06-12",
      visits: 24,
      helpers: [{ name: "Nguyễn Văn A" }],
    });
    expect(body.history.map((h: { visits: number }) => h.visits)).toEqual([20, 24]);
    const other = await server.request(`/api/communes/${SONG_MAI}/days/2024-06-12/visits`, {
      token: DISTRICT_215_TOKEN,
    });
    expect(other.status).toBe(403);
    const none = await server.request(`/api/communes/${DONG_TIEN}/days/2024-06-14/visits`, {
      token: DISTRICT_215_TOKEN,
    });
    expect(await none.json()).toMatchObject({ visits: null, history: [] });
  });

  it("when the same count is sent again, nothing changes and the history gets no new entry", async () => {
    await put(THO_XUONG, "2024-06-13", { visits: 7, helpers: [] });
    const again = await put(THO_XUONG, "2024-06-13", { visits: 7, helpers: [] });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ visits: 7, previousVisits: 7 });
    expect(
      await listVisitCountChanges(server.context.db, DEFAULT_CAMPAIGN_ID, THO_XUONG, "2024-06-13"),
    ).toHaveLength(1);
  });

  it("when ten first reports of one day arrive at once, the history is one unbroken chain", async () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 30);
    const results = await Promise.all(values.map((visits) => put(THO_XUONG, "2024-06-14", { visits })));
    expect(results.map((r) => r.status)).toEqual(values.map(() => 200));
    const history = await listVisitCountChanges(
      server.context.db,
      DEFAULT_CAMPAIGN_ID,
      THO_XUONG,
      "2024-06-14",
    );
    expect(history).toHaveLength(10);
    expect(history.filter((h) => h.previousVisits === null)).toHaveLength(1);
    history.slice(1).forEach((change, i) => expect(change.previousVisits).toBe(history[i]!.visits));
    expect(await currentCount(THO_XUONG, "2024-06-14")).toBe(history[9]!.visits);
  });

  it("answers an unknown commune with 404 COMMUNE_NOT_FOUND", async () => {
    const res = await put("99999", "2024-06-12", { visits: 3 });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("COMMUNE_NOT_FOUND");
  });

  it("tells staff who typed a wrong commune code that the code is wrong, where a resident is told to rescan", async () => {
    const staff = (await (await put("99999", "2024-06-12", { visits: 3 })).json()).error;
    const resident = (await (await server.request("/api/communes/99999")).json()).error;
    expect(staff.code).toBe(resident.code);
    expect(staff.message).toBe(
      "Mã xã/phường/thị trấn không có trong danh mục của tỉnh. Xin kiểm tra lại mã (5 chữ số).",
    );
    expect(resident.message).toContain("quét lại mã QR");
    expect(staff.message).not.toContain("QR");
  });

  it("answers a day outside the window with 400 DATE_OUTSIDE_WINDOW and stores nothing", async () => {
    for (const date of ["2024-06-11", "2024-06-15"]) {
      const res = await put(SONG_MAI, date, { visits: 3 });
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatchObject({
        code: "DATE_OUTSIDE_WINDOW",
        message: expect.stringContaining("khảo sát"),
      });
      expect(await currentCount(SONG_MAI, date)).toBeUndefined();
    }
  });

  it.each([
    ["a negative count", { visits: -1 }],
    ["a fractional count", { visits: 2.5 }],
    ["a count as text", { visits: "12" }],
    ["a helper without a role", { visits: 3, helpers: [{ name: "A" }] }],
  ])("answers %s with 400 VALIDATION_FAILED and changes nothing", async (_label, body) => {
    const res = await put(DONG_TIEN, "2024-06-12", body);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.length).toBeGreaterThan(0);
    expect(await currentCount(DONG_TIEN, "2024-06-12")).toBeUndefined();
  });

  it("answers a malformed date in the path with 400 BAD_REQUEST", async () => {
    const res = await put(SONG_MAI, "12-06-2024", { visits: 3 });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BAD_REQUEST");
  });

  it("refuses a request without a token, or with a wrong one, with 401 UNAUTHORIZED", async () => {
    for (const token of [null, "not-a-configured-token-123"]) {
      const res = await put(SONG_MAI, "2024-06-13", { visits: 3 }, token);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("UNAUTHORIZED");
    }
    expect(await currentCount(SONG_MAI, "2024-06-13")).toBeUndefined();
  });

  it("refuses a district token for another district's commune with 403 FORBIDDEN and changes nothing", async () => {
    const res = await put(SONG_MAI, "2024-06-13", { visits: 3 }, DISTRICT_215_TOKEN);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect(await currentCount(SONG_MAI, "2024-06-13")).toBeUndefined();
    const own = await put(DONG_TIEN, "2024-06-13", { visits: 3 }, DISTRICT_215_TOKEN);
    expect(own.status).toBe(200);
  });
});

describe("recordVisits, the use case the Zalo group bot calls", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("records a count reported in the group under the member's hash", async () => {
    const result = await recordVisits(server.context, {
      campaign: server.config.campaigns.defaultCampaign,
      communeCode: SONG_MAI,
      date: "2024-06-12",
      scope: PROVINCE,
      visits: 18,
      source: "zalo-group",
      reportedBy: "zalo:0123456789abcdef0123456789abcdef",
    });
    expect(result).toEqual({ communeCode: SONG_MAI, date: "2024-06-12", visits: 18, previousVisits: null });
    const [change] = await listVisitCountChanges(
      server.context.db,
      DEFAULT_CAMPAIGN_ID,
      SONG_MAI,
      "2024-06-12",
    );
    expect(change).toMatchObject({
      source: "zalo-group",
      reportedBy: "zalo:0123456789abcdef0123456789abcdef",
      helpers: [],
    });
  });

  it("refuses a reporter that looks like a raw id, so no raw Zalo id is ever stored", async () => {
    const attempt = recordVisits(server.context, {
      campaign: server.config.campaigns.defaultCampaign,
      communeCode: SONG_MAI,
      date: "2024-06-13",
      scope: PROVINCE,
      visits: 5,
      source: "zalo-group",
      reportedBy: "zalo:8012345678901234567",
    });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION_FAILED", status: 400 });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
  });

  it("throws COMMUNE_NOT_FOUND (404) and DATE_OUTSIDE_WINDOW (400) as AppErrors", async () => {
    const base = {
      campaign: server.config.campaigns.defaultCampaign,
      scope: PROVINCE,
      visits: 5,
      source: "zalo-group" as const,
      reportedBy: "admin",
    };
    await expect(
      recordVisits(server.context, { ...base, communeCode: "00000", date: "2024-06-12" }),
    ).rejects.toMatchObject({
      code: "COMMUNE_NOT_FOUND",
      status: 404,
    });
    await expect(
      recordVisits(server.context, { ...base, communeCode: SONG_MAI, date: "2024-06-20" }),
    ).rejects.toMatchObject({
      code: "DATE_OUTSIDE_WINDOW",
      status: 400,
    });
  });
});
