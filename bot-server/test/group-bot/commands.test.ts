import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import type { TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupImageEvent } from "../fake-zalo/webhook-events";
import {
  deliver,
  postWebhook,
  registrationCodeOf,
  registrationText,
  say,
  seedResponses,
  startZaloTestServer,
  waitForEvent,
} from "./group-test-kit";

// Zalo user ids of members (as webhook events carry them).
const SONG_MAI_MEMBER = "5510185758261927916";
const THO_XUONG_MEMBER = "5510185758261927917";
const CITY_STEERING = "5510185758261927918";
const STRANGER = "5510185758261927919";

describe("what members do in the group", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake); // 10:00 on 12/06/2024, the first survey day
    await say(server, fake, THO_XUONG_MEMBER, await registrationText(server, "07201"));
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const sendPhoto = async (senderId: string) => {
    const before = fake.sent.length;
    const event = groupImageEvent({ senderId });
    await postWebhook(server, event.raw);
    await waitForEvent(server, event.msgId);
    await deliver(server);
    return fake.sent.slice(before).map((m) => m.text);
  };

  describe("/dangky", () => {
    it("registers a task-team member and confirms with the commune's full name", async () => {
      const code = await registrationCodeOf(server, "07222");
      const [reply] = await say(server, fake, SONG_MAI_MEMBER, `/Đăng ký 07222 ${code}`);
      expect(reply).toMatch(
        /^✅ Đã đăng ký: thành viên tổ công tác Xã Song Mai \(Thành phố Bắc Giang\), mã 07222\. Báo lượt công dân đến bằng \/luotden <số>; gửi ảnh báo cáo vào nhóm mỗi ngày\. Mã thành viên: [0-9a-f]{6}\.$/,
      );
    });

    it("registers a district steering member with /dangky huyen", async () => {
      const [reply] = await say(server, fake, CITY_STEERING, await registrationText(server, "213"));
      expect(reply).toMatch(
        /^✅ Đã đăng ký: thành viên Ban Chỉ đạo Thành phố Bắc Giang \(\d+ xã, phường, thị trấn\)/,
      );
    });

    it("keeps only a keyed hash of the member's Zalo id", async () => {
      const rows = await queryRows<{ member_key: string; role: string; commune_code: string | null }>(
        server.context.db,
        sql`SELECT member_key, role, commune_code FROM group_members ORDER BY role, commune_code`,
      );
      expect(rows.map((r) => [r.role, r.commune_code])).toEqual([
        ["commune", "07201"],
        ["commune", "07222"],
        ["district", null],
      ]);
      const dump = JSON.stringify(await queryRows(server.context.db, sql`SELECT * FROM group_members`));
      expect(dump).not.toContain(SONG_MAI_MEMBER);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.member_key))).toBe(true);
    });

    it("when a member registers elsewhere, says what the new registration replaced", async () => {
      const MOVER = "5510185758261927920";
      await say(server, fake, MOVER, await registrationText(server, "07222"));
      const yenThe = await registrationCodeOf(server, "215");
      const [reply] = await say(server, fake, MOVER, `/dangky huyện Yên Thế ${yenThe}`);
      expect(reply).toMatch(
        /^✅ Đã đăng ký: thành viên Ban Chỉ đạo Huyện Yên Thế \(19 xã, phường, thị trấn; chuyển từ Xã Song Mai\)\. Xem tiến độ bằng \/tiendo\./,
      );
    });

    it("answers an unknown code with how codes look, and a name with the matching codes", async () => {
      expect((await say(server, fake, STRANGER, "/dangky 99999"))[0]).toContain(
        "Không có xã, phường, thị trấn nào mã 99999",
      );
      expect((await say(server, fake, STRANGER, "/dangky song mai"))[0]).toContain(
        "/dangky 07222: Xã Song Mai",
      );
      expect((await say(server, fake, STRANGER, "/dangky huyen 999"))[0]).toContain(
        "213 Thành phố Bắc Giang",
      );
      expect((await say(server, fake, STRANGER, "/dangky"))[0]).toMatch(/^Cú pháp: \/dangky <mã xã>/);
    });
  });

  describe("/luotden", () => {
    it("records today's count through the same use case as the staff API and answers with the quota status", async () => {
      await seedResponses(server, "07222", 3);
      expect(await say(server, fake, SONG_MAI_MEMBER, "/luotden 20")).toEqual([
        "✅ Xã Song Mai: đã ghi 20 lượt công dân đến ngày 12/06/2024. " +
          "Phiếu đã nhận trong ngày: 3, cần thêm 7 phiếu (mức phù hợp: 10–30 phiếu).",
      ]);
      const [row] = await queryRows<{ visits: number; source: string; reported_by: string }>(
        server.context.db,
        sql`SELECT visits, source, reported_by FROM commune_day_visits WHERE commune_code = '07222'`,
      );
      expect(row).toMatchObject({
        visits: 20,
        source: "zalo-group",
        reported_by: expect.stringMatching(/^zalo:[0-9a-f]{64}$/),
      });
    });

    it("lets a district member report for a commune of the district on a given day, saying what it replaced", async () => {
      const [reply] = await say(server, fake, CITY_STEERING, "/luotden 07222 6 12/06");
      expect(reply).toBe(
        "✅ Xã Song Mai: đã ghi 6 lượt công dân đến ngày 12/06/2024 (thay cho 20). " +
          "Phiếu đã nhận trong ngày: 3, đạt (mức phù hợp: 3–9 phiếu).",
      );
    });

    it("records a count written with its unit, and answers a forgotten slash with the command to type", async () => {
      const RECORDER = "5510185758261927921";
      await say(server, fake, RECORDER, await registrationText(server, "07204"));
      const [recorded] = await say(server, fake, RECORDER, "/luotden 20 người");
      expect(recorded).toMatch(/^✅ Phường Trần Nguyên Hãn: đã ghi 20 lượt công dân đến ngày 12\/06\/2024\./);
      expect(await say(server, fake, RECORDER, "luotden 25")).toEqual([
        "❓ Lệnh cần dấu / ở đầu, xin gõ lại: /luotden 25",
      ]);
      const [row] = await queryRows<{ visits: number }>(
        server.context.db,
        sql`SELECT visits FROM commune_day_visits WHERE commune_code = '07204' AND survey_day = '2024-06-12'`,
      );
      expect(row?.visits).toBe(20);
    });

    it("refuses counts for another commune or district, and asks a district member which commune", async () => {
      expect((await say(server, fake, THO_XUONG_MEMBER, "/luotden 07222 5"))[0]).toContain(
        "đã đăng ký Phường Thọ Xương",
      );
      expect((await say(server, fake, CITY_STEERING, "/luotden 07243 5"))[0]).toContain(
        "không thuộc Thành phố Bắc Giang",
      );
      expect((await say(server, fake, CITY_STEERING, "/luotden 5"))[0]).toContain("/luotden <mã xã> <số>");
    });

    it("answers unregistered senders, malformed numbers and dates outside the window politely", async () => {
      expect((await say(server, fake, STRANGER, "/luotden 20"))[0]).toContain(
        "chưa đăng ký xã. Xin gõ /dangky",
      );
      expect((await say(server, fake, SONG_MAI_MEMBER, "/luotden hai mươi"))[0]).toMatch(
        /^Cú pháp: \/luotden/,
      );
      expect((await say(server, fake, SONG_MAI_MEMBER, "/luotden -3"))[0]).toContain(
        '"-3" không phải số lượt hợp lệ',
      );
      expect((await say(server, fake, SONG_MAI_MEMBER, "/luotden 20 31/02"))[0]).toContain(
        'Ngày "31/02" không hợp lệ',
      );
      expect((await say(server, fake, SONG_MAI_MEMBER, "/luotden 20 11/06"))[0]).toBe(
        "❓ Ngày 11/06/2024 không nằm trong thời gian khảo sát (12/06/2024 – 14/06/2024).",
      );
      expect((await say(server, fake, SONG_MAI_MEMBER, "/luotden 20 13/06"))[0]).toContain("chưa đến");
      const [row] = await queryRows<{ visits: number }>(
        server.context.db,
        sql`SELECT visits FROM commune_day_visits WHERE commune_code = '07222' AND survey_day = '2024-06-12'`,
      );
      expect(row?.visits).toBe(6);
    });
  });

  describe("photos", () => {
    it("counts a registered member's photo as the commune's report, acknowledging the first of the day", async () => {
      expect(await sendPhoto(SONG_MAI_MEMBER)).toEqual([
        "📷 Đã nhận ảnh báo cáo của Xã Song Mai ngày 12/06/2024.",
      ]);
      expect(await sendPhoto(SONG_MAI_MEMBER)).toEqual([]);
      const rows = await queryRows<{ commune_code: string; survey_day: string; image_url: string }>(
        server.context.db,
        sql`SELECT commune_code, survey_day::text, image_url FROM photo_reports ORDER BY received_at`,
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        commune_code: "07222",
        survey_day: "2024-06-12",
        image_url: expect.stringMatching(/^https:/),
      });
    });

    it("does not count a photo outside the survey days, and says why", async () => {
      server.setNow(new Date("2024-06-15T03:00:00Z"));
      try {
        expect(await sendPhoto(SONG_MAI_MEMBER)).toEqual([
          "📷 Ảnh chưa được tính là ảnh báo cáo: hôm nay không nằm trong thời gian khảo sát (12/06/2024 – 14/06/2024).",
        ]);
      } finally {
        server.setNow(new Date("2024-06-12T03:00:00Z"));
      }
    });

    it("does not count a photo from someone who has not registered, and says why", async () => {
      expect(await sendPhoto(STRANGER)).toEqual([
        expect.stringContaining("Ảnh chưa được tính là ảnh báo cáo"),
      ]);
    });
  });

  describe("/tiendo and /huongdan", () => {
    it("shows a task-team member their commune's progress, today included", async () => {
      const [reply] = await say(server, fake, SONG_MAI_MEMBER, "/tiến độ");
      expect(reply).toBe(
        [
          "📈 Tiến độ Xã Song Mai:",
          "• Hôm nay 12/06/2024: 3 phiếu / 6 lượt → đạt (mức phù hợp: 3–9 phiếu)",
          "• Ảnh báo cáo hôm nay: đã gửi",
        ].join("\n"),
      );
    });

    it("shows a district member the district's totals and lagging communes", async () => {
      const [reply] = await say(server, fake, CITY_STEERING, "/tiendo");
      expect(reply!.split("\n").slice(0, 8)).toEqual([
        "📈 Tiến độ Thành phố Bắc Giang (12/06/2024):",
        "3 phiếu; 26 lượt công dân đến (2/16 xã đã báo).",
        "✅ Đạt: 1/16 xã",
        "🔻 Thiếu phiếu: 1 xã",
        "🔺 Vượt phiếu: 0 xã",
        "❔ Chưa báo lượt công dân đến: 14 xã",
        // The test phones answer with device ids (ALLOW_DEVICE_IDS): the summary says they are unverified.
        "⚠️ Trong đó 3 phiếu chỉ có mã thiết bị, chưa xác minh qua Zalo (ALLOW_DEVICE_IDS).",
        "Hôm nay 12/06/2024: 2/16 xã đã báo lượt đến, 1/16 xã đã gửi ảnh báo cáo.",
      ]);
      expect(reply).toContain("• Phường Trần Nguyên Hãn: 0 phiếu / 20 lượt → cần thêm 10 phiếu");
      expect(reply).toContain("• Phường Thọ Xương (0 phiếu)");
    });

    it("on a later day shows a commune today first and names the earlier day still missing its count", async () => {
      server.setNow(new Date("2024-06-13T03:00:00Z")); // 10:00 on 13/06
      try {
        const [reply] = await say(server, fake, THO_XUONG_MEMBER, "/tiendo");
        expect(reply!.split("\n")).toEqual([
          "📈 Tiến độ Phường Thọ Xương:",
          "• Hôm nay 13/06/2024: 0 phiếu; chưa báo lượt công dân đến (/luotden <số>)",
          "• Ảnh báo cáo hôm nay: chưa gửi (chụp bộ phận một cửa có mã QR, gửi vào nhóm)",
          "• Cả đợt (12/06/2024 – 13/06/2024): 0 phiếu / 0 lượt (đã báo lượt đến 0/2 ngày)",
          "• Chưa báo lượt công dân đến ngày 12/06/2024: báo bổ sung bằng /luotden <số> 12/06",
        ]);
      } finally {
        server.setNow(new Date("2024-06-12T03:00:00Z"));
      }
    });

    it("asks unregistered senders to register, explains the commands, and stays quiet on chat", async () => {
      expect((await say(server, fake, STRANGER, "/tiendo"))[0]).toContain("chưa đăng ký xã");
      expect((await say(server, fake, STRANGER, "/HUONGDAN"))[0]).toContain("/luotden <mã xã> <số> [dd/mm]");
      expect(await say(server, fake, STRANGER, "Chào cả nhóm!")).toEqual([]);
    });
  });
});
