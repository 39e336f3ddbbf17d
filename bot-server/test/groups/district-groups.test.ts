import { TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { FAKE_GROUP_ID, FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupTextEvent } from "../fake-zalo/webhook-events";
import {
  deliver,
  postWebhook,
  registrationText,
  startZaloTestServer,
  waitForEvent,
} from "../group-bot/group-test-kit";

const CITY_GROUP = "5510185758261900213"; // Thành phố Bắc Giang's own group
const YEN_THE_GROUP = "5510185758261900215"; // Huyện Yên Thế's own group
const SONG_MAI_MEMBER = "5510185758261927941"; // registers in the city's group
const DONG_TIEN_MEMBER = "5510185758261927942"; // Yên Thế
const YEN_THE_STEERING = "5510185758261927943"; // Yên Thế's steering committee

describe("a province group and two district groups", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, {
      env: { ZALO_GROUPS: `province:${FAKE_GROUP_ID},213:${CITY_GROUP},215:${YEN_THE_GROUP}` },
    });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  /** A member writes in a group; the bot's replies, each with the group it went to. */
  const sayIn = async (groupId: string, senderId: string, text: string) => {
    const before = fake.sent.length;
    const event = groupTextEvent({ senderId, text, groupId });
    expect((await postWebhook(server, event.raw)).status).toBe(200);
    await waitForEvent(server, event.msgId);
    await deliver(server);
    return fake.sent.slice(before).map((m) => ({ groupId: m.groupId, text: m.text ?? "" }));
  };

  it("answers in the group the command came from, and a district group refuses another district's units", async () => {
    const registered = await sayIn(CITY_GROUP, SONG_MAI_MEMBER, await registrationText(server, "07222"));
    expect(registered.map((r) => r.groupId)).toEqual([CITY_GROUP]);
    expect(registered[0]!.text).toContain("Xã Song Mai");
    const foreign = await sayIn(CITY_GROUP, DONG_TIEN_MEMBER, await registrationText(server, "07243"));
    expect(foreign).toEqual([
      { groupId: CITY_GROUP, text: expect.stringContaining("⛔ Nhóm này là nhóm của Thành phố Bắc Giang") },
    ]);
    await sayIn(YEN_THE_GROUP, DONG_TIEN_MEMBER, await registrationText(server, "07243"));
    const countElsewhere = await sayIn(CITY_GROUP, DONG_TIEN_MEMBER, "/luotden 15");
    expect(countElsewhere[0]!.text).toContain("⛔");
    const other = await sayIn(CITY_GROUP, SONG_MAI_MEMBER, "/luotden 07243 15");
    expect(other[0]!.text).toContain("⛔");
    const visits = await server.request("/api/communes/07243/days/2024-06-12/visits", {
      token: TEST_ADMIN_TOKEN,
    });
    expect((await visits.json()).visits).toBeNull();
    const own = await sayIn(YEN_THE_GROUP, DONG_TIEN_MEMBER, "/luotden 15");
    expect(own.map((r) => r.groupId)).toEqual([YEN_THE_GROUP]);
  });

  it("a district member's /thanhvien and /xoa are refused in another district's group", async () => {
    await sayIn(YEN_THE_GROUP, YEN_THE_STEERING, await registrationText(server, "215"));
    const own = await sayIn(YEN_THE_GROUP, YEN_THE_STEERING, "/thanhvien");
    expect(own.map((r) => r.groupId)).toEqual([YEN_THE_GROUP]);
    expect(own[0]!.text).not.toContain("⛔");
    for (const text of ["/thanhvien", "/xoa abc123"]) {
      const elsewhere = await sayIn(CITY_GROUP, YEN_THE_STEERING, text);
      expect(elsewhere).toEqual([
        { groupId: CITY_GROUP, text: expect.stringContaining("⛔ Nhóm này là nhóm của Thành phố Bắc Giang") },
      ]);
    }
  });

  it("posts the province summary in the province group and each district's in its own, each exactly once", async () => {
    const before = fake.sent.length;
    const run = () =>
      server.request("/api/admin/jobs/daily-summary/run", {
        method: "POST",
        token: TEST_ADMIN_TOKEN,
        json: { date: "2024-06-12" },
      });
    expect((await run()).status).toBe(200);
    expect((await run()).status).toBe(200); // already ran: posts nothing more
    await deliver(server);
    const posts = fake.sent.slice(before).map((m) => ({ groupId: m.groupId, text: m.text ?? "" }));
    const where = (needle: string) => posts.filter((p) => p.text.includes(needle)).map((p) => p.groupId);
    expect(where("📊 TỔNG HỢP NGÀY 12/06/2024")).toEqual([FAKE_GROUP_ID]);
    expect(where("Kính gửi Ban Chỉ đạo Thành phố Bắc Giang")).toEqual([CITY_GROUP]);
    expect(where("Kính gửi Ban Chỉ đạo Huyện Yên Thế")).toEqual([YEN_THE_GROUP]);
    expect(where("Kính gửi Ban Chỉ đạo Huyện Lục Nam")).toEqual([FAKE_GROUP_ID]);
    expect(new Set(where("Số liệu nhập phần mềm QCDC – Xã Song Mai"))).toEqual(new Set([CITY_GROUP]));
    expect(where("Số liệu nhập phần mềm QCDC – Xã Đồng Tiến")).toEqual([YEN_THE_GROUP]);
    const texts = posts.map((p) => `${p.groupId} ${p.text}`);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it("sends the morning reminder once to the province group and once to each district group", async () => {
    const before = fake.sent.length;
    const run = await server.request("/api/admin/jobs/morning-reminder/run", {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      json: { date: "2024-06-13" },
    });
    expect(run.status).toBe(200);
    await deliver(server);
    expect(
      fake.sent
        .slice(before)
        .map((m) => m.groupId)
        .sort(),
    ).toEqual([FAKE_GROUP_ID, CITY_GROUP, YEN_THE_GROUP].sort());
  });
});
