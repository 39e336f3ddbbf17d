import { sql } from "drizzle-orm";
import { ZRegistrationCodes, type ProgressReport } from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN, TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID, type TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupImageEvent } from "../fake-zalo/webhook-events";
import { deliver, postWebhook, say, startZaloTestServer, waitForEvent } from "../group-bot/group-test-kit";

// 14/06/2024: the PKS 02 campaign's last day and the test campaign's first (its units have no district).
const BOTH_DAY = "2024-06-14";
const MAU_BINH_MEMBER = "5510185758261927941"; // task team of Xã Mẫu Bình (99002), test campaign
const THO_XUONG_MEMBER = "5510185758261927942"; // task team of Phường Thọ Xương (07201), PKS 02

describe("the group bot serves every campaign's units: registration codes, visitor counts and photos per campaign", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  const codesOf = async (query: string) => {
    const res = await server.request(`/api/admin/registration-codes${query}`, { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    return ZRegistrationCodes.parse(await res.json());
  };
  const progress = async (query: string): Promise<ProgressReport> => {
    const res = await server.request(`/api/progress?date=${BOTH_DAY}${query}`, { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    return (await res.json()) as ProgressReport;
  };
  const codeIn = async (campaign: string, unit: string) =>
    (await codesOf(`?campaign=${campaign}`)).communes.find((c) => c.code === unit)!.registrationCode;

  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, {
      env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR },
      now: new Date(`${BOTH_DAY}T10:00:00+07:00`),
    });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("lists each campaign's own registration codes: the flat one's units without districts", async () => {
    const test = await codesOf(`?campaign=${TEST_CAMPAIGN_ID}`);
    expect([test.campaignId, test.surveyId, test.districts]).toEqual([TEST_CAMPAIGN_ID, "TN01", []]);
    expect(test.communes.map((c) => [c.code, c.districtCode])).toEqual([
      ["99001", null],
      ["99002", null],
      ["99003", null],
    ]);
    const pks02 = await codesOf("");
    expect([pks02.campaignId, pks02.surveyId, pks02.communes.length, pks02.districts.length]).toEqual([
      "pks02-bac-giang-2024-06",
      "PKS02",
      209,
      10,
    ]);
    const unknown = await server.request("/api/admin/registration-codes?campaign=khong-co", {
      token: TEST_ADMIN_TOKEN,
    });
    expect(unknown.status).toBe(404);
  });

  it("registers a task team for a unit without a district with that campaign's code only", async () => {
    const pks02Code = await codeIn("pks02-bac-giang-2024-06", "07201");
    const testCode = await codeIn(TEST_CAMPAIGN_ID, "99002");
    if (pks02Code !== testCode) {
      const [wrong] = await say(server, fake, MAU_BINH_MEMBER, `/dangky 99002 ${pks02Code}`);
      expect(wrong).toContain("không đúng");
    }
    const [registered] = await say(server, fake, MAU_BINH_MEMBER, `/dangky 99002 ${testCode}`);
    expect(registered).toMatch(/^✅ Đã đăng ký: thành viên tổ công tác Xã Mẫu Bình, mã 99002/);
    expect(registered).not.toMatch(/null|undefined/);
    const rows = await queryRows<{ role: string; commune_code: string; district_code: string | null }>(
      server.context.db,
      sql`SELECT role, commune_code, district_code FROM group_members`,
    );
    expect(rows).toEqual([{ role: "commune", commune_code: "99002", district_code: null }]);
  });

  it("takes /luotden for the unit's campaign: its count, its quota; the other campaign's count unchanged", async () => {
    await say(
      server,
      fake,
      THO_XUONG_MEMBER,
      `/dangky 07201 ${await codeIn("pks02-bac-giang-2024-06", "07201")}`,
    );
    const [test] = await say(server, fake, MAU_BINH_MEMBER, "/luotden 12");
    expect(test).toMatch(/^✅ Xã Mẫu Bình: đã ghi 12 lượt công dân đến ngày 14\/06\/2024/);
    const [pks02] = await say(server, fake, THO_XUONG_MEMBER, "/luotden 30");
    expect(pks02).toMatch(/^✅ Phường Thọ Xương: đã ghi 30 lượt/);
    const testDay = await progress(`&campaign=${TEST_CAMPAIGN_ID}`);
    expect(testDay.communes.map((c) => [c.code, c.visits])).toEqual([
      ["99001", null],
      ["99002", 12],
      ["99003", null],
    ]);
    const pks02Day = await progress("");
    expect(pks02Day.communes.find((c) => c.code === "07201")?.visits).toBe(30);
    expect(pks02Day.communes.some((c) => c.code === "99002")).toBe(false);
  });

  it("refuses a day outside the unit's campaign in that campaign's words", async () => {
    const [reply] = await say(server, fake, MAU_BINH_MEMBER, "/luotden 5 13/06");
    expect(reply).toBe("❓ Ngày 13/06/2024 không nằm trong thời gian khảo sát (14/06/2024 – 15/06/2024).");
  });

  it("keeps the unit's photo as its campaign's photo report, and answers /tiendo for that campaign", async () => {
    const event = groupImageEvent({ senderId: MAU_BINH_MEMBER });
    expect((await postWebhook(server, event.raw)).status).toBe(200);
    await waitForEvent(server, event.msgId);
    await deliver(server);
    const photos = await queryRows<{ campaign_id: string; commune_code: string; survey_day: string }>(
      server.context.db,
      sql`SELECT campaign_id, commune_code, survey_day::text FROM photo_reports`,
    );
    expect(photos).toEqual([{ campaign_id: TEST_CAMPAIGN_ID, commune_code: "99002", survey_day: BOTH_DAY }]);
    const [reply] = await say(server, fake, MAU_BINH_MEMBER, "/tiendo");
    expect(reply).toContain("Xã Mẫu Bình");
    expect(reply).toContain("12");
    expect(reply).not.toMatch(/null|undefined|Huyện/);
  });
});
