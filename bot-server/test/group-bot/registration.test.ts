import { sql } from "drizzle-orm";
import { ZRegistrationCodes } from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { DISTRICT_213_TOKEN, DISTRICT_ENV } from "../intake/intake-fixtures";
import { registrationCodeOf, registrationText, say, startZaloTestServer } from "./group-test-kit";

const THO_XUONG_MEMBER = "5510185758261927931"; // registers for Phường Thọ Xương (07201)
const CITY_STEERING = "5510185758261927932"; // Ban Chỉ đạo Thành phố Bắc Giang (213)
const INTRUDER = "5510185758261927933";
const GUESSER = "5510185758261927934";

describe("group members authorised by registration codes", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { env: DISTRICT_ENV });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const memberRows = () =>
    queryRows<{ role: string; commune_code: string | null }>(
      server.context.db,
      sql`SELECT role, commune_code FROM group_members ORDER BY registered_at`,
    );
  const visitRows = (commune: string) =>
    queryRows<{ visits: number }>(
      server.context.db,
      sql`SELECT visits FROM commune_day_visits WHERE commune_code = ${commune}`,
    );

  it("lists every commune's and district's code for the admin only", async () => {
    const res = await server.request("/api/admin/registration-codes", { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    const codes = ZRegistrationCodes.parse(await res.json());
    expect(codes.communes).toHaveLength(209);
    expect(codes.districts).toHaveLength(10);
    expect(codes.communes.find((c) => c.code === "07201")?.registrationCode).toBe(
      await registrationCodeOf(server, "07201"),
    );
    const district = await server.request("/api/admin/registration-codes", { token: DISTRICT_213_TOKEN });
    expect(district.status).toBe(403);
    expect((await server.request("/api/admin/registration-codes")).status).toBe(401);
  });

  it("refuses /luotden from someone who has not registered, and changes no count", async () => {
    expect((await say(server, fake, INTRUDER, "/luotden 07201 1"))[0]).toContain("chưa đăng ký xã");
    expect(await visitRows("07201")).toEqual([]);
  });

  it("refuses a registration without its code or with a wrong one, and registers nobody", async () => {
    expect((await say(server, fake, INTRUDER, "/dangky huyen 215"))[0]).toContain(
      "cần mã đăng ký: /dangky huyen 215 <mã đăng ký>",
    );
    const right = await registrationCodeOf(server, "215");
    const wrong = right === "000000" ? "000001" : "000000";
    expect((await say(server, fake, INTRUDER, `/dangky huyen 215 ${wrong}`))[0]).toMatch(
      /^❌ Mã đăng ký không đúng với Huyện Yên Thế; chưa đăng ký\./,
    );
    const commune = await registrationCodeOf(server, "07201");
    expect((await say(server, fake, INTRUDER, `/dangky 07243 ${commune}`))[0]).toContain("không đúng");
    expect(await memberRows()).toEqual([]);
  });

  it("stops guessing after five wrong codes in an hour, even if the sixth is right", async () => {
    for (let i = 0; i < 5; i++) await say(server, fake, GUESSER, `/dangky 07222 99999${i}`);
    const [reply] = await say(server, fake, GUESSER, await registrationText(server, "07222"));
    expect(reply).toContain("sai mã đăng ký quá nhiều lần");
    expect(await memberRows()).toEqual([]);
  });

  it("lets a member of 07201 report only for 07201", async () => {
    const [registered] = await say(server, fake, THO_XUONG_MEMBER, await registrationText(server, "07201"));
    expect(registered).toMatch(/^✅ Đã đăng ký: thành viên tổ công tác Phường Thọ Xương/);
    expect((await say(server, fake, THO_XUONG_MEMBER, "/luotden 07243 1"))[0]).toContain(
      "đã đăng ký Phường Thọ Xương",
    );
    expect(await visitRows("07243")).toEqual([]);
    expect((await say(server, fake, THO_XUONG_MEMBER, "/luotden 12"))[0]).toMatch(/^✅ Phường Thọ Xương/);
    expect(await visitRows("07201")).toEqual([{ visits: 12 }]);
  });

  it("lets a district member list and remove its communes' members, keeping who did what", async () => {
    await say(server, fake, CITY_STEERING, await registrationText(server, "213"));
    const [list] = await say(server, fake, CITY_STEERING, "/thanhvien");
    const tag = /• ([0-9a-f]{6}): Phường Thọ Xương/.exec(list!)?.[1];
    expect(tag).toBeDefined();
    expect((await say(server, fake, THO_XUONG_MEMBER, "/thanhvien"))[0]).toContain(
      "Chỉ thành viên Ban Chỉ đạo huyện",
    );
    expect((await say(server, fake, CITY_STEERING, `/xoa ${tag}`))[0]).toContain(
      `Đã xóa thành viên ${tag} khỏi tổ công tác Phường Thọ Xương`,
    );
    expect((await say(server, fake, THO_XUONG_MEMBER, "/luotden 13"))[0]).toContain("chưa đăng ký xã");
    const changes = await queryRows<{ action: string; commune_code: string | null; by_self: boolean }>(
      server.context.db,
      sql`SELECT action, commune_code, changed_by = 'zalo:' || member_key AS by_self
          FROM group_member_changes ORDER BY id`,
    );
    expect(changes).toEqual([
      { action: "registered", commune_code: "07201", by_self: true },
      { action: "registered", commune_code: null, by_self: true },
      { action: "removed", commune_code: "07201", by_self: false },
    ]);
  });
});
