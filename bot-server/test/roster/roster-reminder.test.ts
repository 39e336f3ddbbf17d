import { communesOfDistrict } from "@pks02/shared";
import { TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { runSlot } from "../../src/jobs/scheduler";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { deliver, errorCode, startZaloTestServer } from "../group-bot/group-test-kit";
import { SONG_MAI, THO_XUONG } from "../intake/intake-fixtures";
import { buildRosterWorkbook, helperRow, putRoster } from "./roster-kit";

// Before the survey (12–14/6/2024, roster due 07/6), the morning post names the units without a roster.
describe("the roster reminder before the survey", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, {
      env: { ROSTER_DUE_DATE: "2024-06-07" },
      now: new Date("2024-06-06T00:30:00Z"), // 07:30 on 06/6 in Bắc Giang
    });
    const roster = await buildRosterWorkbook([
      helperRow(SONG_MAI, "12/06/2024", "Sáng", "Nguyễn Văn An"),
      helperRow(THO_XUONG, "13/06/2024", "Cả ngày", "Lê Văn Cường"),
    ]);
    expect((await putRoster(server, roster, TEST_ADMIN_TOKEN)).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("the morning slot posts once, naming the 207 units still without a roster by district", async () => {
    const before = fake.texts().length;
    const [run] = await runSlot(server.context, "morning");
    expect(run).toMatchObject({ job: "roster-reminder", date: "2024-06-06", status: "posted" });
    await deliver(server);
    const text = fake.texts().slice(before).join("\n");
    expect(text).toContain("207/209 đơn vị của tỉnh Bắc Giang chưa có danh sách người hỗ trợ");
    expect(text).toContain("(hạn 07/06/2024)");
    const city = communesOfDistrict("213").length;
    expect(text).toContain(`• Thành phố Bắc Giang (${city - 2}):`);
    expect(text).not.toMatch(/Xã Song Mai|Phường Thọ Xương/);
    expect(text).toContain("• Huyện Yên Thế: cả 19 xã");
    // The same morning again posts nothing more.
    const [again] = await runSlot(server.context, "morning");
    expect(again).toMatchObject({ job: "roster-reminder", status: "already-ran" });
  });

  it("is asked for by an operator only on the mornings before the survey", async () => {
    const refused = await server.request("/api/admin/jobs/roster-reminder/run", {
      method: "POST",
      json: { date: "2024-06-12" },
      token: TEST_ADMIN_TOKEN,
    });
    expect(refused.status).toBe(400);
    expect(await errorCode(refused)).toBe("DATE_OUTSIDE_WINDOW");
    const before = fake.texts().length;
    const late = await server.request("/api/admin/jobs/roster-reminder/run", {
      method: "POST",
      json: { date: "2024-06-10" },
      token: TEST_ADMIN_TOKEN,
    });
    expect(late.status).toBe(200);
    await deliver(server);
    expect(fake.texts().slice(before).join("\n")).toContain("đã quá hạn 07/06/2024");
  });
});
