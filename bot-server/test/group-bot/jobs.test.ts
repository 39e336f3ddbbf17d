import { sql } from "drizzle-orm";
import { GROUP_MESSAGE_LIMIT } from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { runSlot } from "../../src/jobs/scheduler";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupImageEvent } from "../fake-zalo/webhook-events";
import { DISTRICT_213_TOKEN } from "../intake/intake-fixtures";
import {
  deliver,
  errorCode,
  postWebhook,
  registrationText,
  say,
  seedResponses,
  startSibling,
  startZaloTestServer,
  statusOf,
  waitForEvent,
} from "./group-test-kit";

describe("scheduled posts", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { env: { DISTRICT_TOKENS: `213:${DISTRICT_213_TOKEN}` } });
    // 12/06: one commune in each quota state, and one photo report.
    await seedResponses(server, "07201", 10); // Phường Thọ Xương: 10 for 20 visits, ok
    await seedResponses(server, "07222", 3); // Xã Song Mai: 3 for 20 visits, too few (7 missing)
    await seedResponses(server, "07204", 4); // Phường Trần Nguyên Hãn: 4 for 2 visits, too many (1 over)
    await seedResponses(server, "07207", 2); // Phường Ngô Quyền: no visit count
    for (const [code, visits] of [
      ["07201", 20],
      ["07222", 20],
      ["07204", 2],
    ] as const) {
      const res = await server.request(`/api/communes/${code}/days/2024-06-12/visits`, {
        method: "PUT",
        json: { visits },
        token: TEST_ADMIN_TOKEN,
      });
      expect(res.status).toBe(200);
    }
    await say(server, fake, "member-tho-xuong", await registrationText(server, "07201"));
  }, 30_000); // twenty requests on a machine that may be busy
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const runJob = (job: string, body: unknown, token: string = TEST_ADMIN_TOKEN) =>
    server.request(`/api/admin/jobs/${job}/run`, { method: "POST", json: body, token });
  const posted = async (job: string, date: string) => {
    const before = fake.sent.length;
    const res = await runJob(job, { date });
    expect(res.status).toBe(200);
    await deliver(server);
    return fake.texts().slice(before);
  };

  it("the evening summary gives province totals, districts, flagged communes with their numbers and missing photos", async () => {
    const photo = groupImageEvent({ senderId: "member-tho-xuong" });
    await postWebhook(server, photo.raw);
    await waitForEvent(server, photo.msgId);
    await deliver(server);
    const [sentBefore, uploadsBefore] = [fake.sent.length, fake.uploadedImages.length];
    const texts = await posted("daily-summary", "2024-06-12");
    const summary = texts.filter((t) => !t.includes("Kính gửi Ban Chỉ đạo"));
    // After the province's text, its turnout chart by district: a PNG from the chart module, with a caption.
    expect(fake.uploadedImages.slice(uploadsBefore)).toEqual([{ type: "image/png", png: true }]);
    const chart = fake.sent.slice(sentBefore).find((m) => m.attachmentId !== undefined);
    expect(chart?.text).toBe("Phiếu và lượt công dân đến theo huyện, ngày 12/06/2024");
    const lines = summary.join("\n").split("\n");
    expect(summary[0]).toMatch(/^(\(phần 1\/\d\)\n)?📊 TỔNG HỢP NGÀY 12\/06\/2024 \(NGÀY 1\/3\)\n/);
    expect(lines.slice(lines.indexOf("📊 TỔNG HỢP NGÀY 12/06/2024 (NGÀY 1/3)") + 1).slice(0, 6)).toEqual([
      "Toàn tỉnh: 19 phiếu; 42 lượt công dân đến (3/209 xã đã báo).",
      "✅ Đạt: 1/209 xã",
      "🔻 Thiếu phiếu: 1 xã",
      "🔺 Vượt phiếu: 1 xã",
      "❔ Chưa báo lượt công dân đến: 206 xã",
      "📷 Đã gửi ảnh báo cáo: 1/209 xã",
    ]);
    expect(lines).toContain("• Thành phố Bắc Giang: 19 phiếu | 42 lượt | 1/16 xã đạt");
    expect(lines).toContain("• Huyện Yên Thế: 0 phiếu | 0 lượt | 0/19 xã đạt");
    const flagged = lines.indexOf("🔻 Xã thiếu phiếu (1):");
    expect(lines.slice(flagged, flagged + 7)).toEqual([
      "🔻 Xã thiếu phiếu (1):",
      "Thành phố Bắc Giang:",
      "• Xã Song Mai: 3 phiếu / 20 lượt → cần thêm 7 phiếu",
      "",
      "🔺 Xã vượt phiếu (1):",
      "Thành phố Bắc Giang:",
      "• Phường Trần Nguyên Hãn: 4 phiếu / 2 lượt → vượt 1 phiếu",
    ]);
    expect(lines).toContain("❔ Xã chưa báo lượt công dân đến (206):");
    expect(
      lines.find((l) => l.startsWith("• Thành phố Bắc Giang (13): Phường Ngô Quyền (2 phiếu), ")),
    ).toBeDefined();
    expect(lines).toContain("📷 Xã chưa gửi ảnh báo cáo (208):");
    const noPhotoCity = lines.find((l) => l.startsWith("• Thành phố Bắc Giang (15): Phường Trần Nguyên Hãn"));
    expect(noPhotoCity).toContain("Xã Song Mai");
    expect(noPhotoCity).not.toContain("Thọ Xương");
    // A district with nothing reported is counted, not named commune by commune (in both lists).
    expect(lines.filter((l) => l === "• Huyện Yên Thế: cả 19 xã")).toHaveLength(2);
    expect(texts.every((t) => t.length <= GROUP_MESSAGE_LIMIT)).toBe(true);
  });

  it("the evening also addresses each district's steering committee with what its communes lack", async () => {
    const districtTexts = fake.texts().filter((t) => t.includes("Kính gửi Ban Chỉ đạo"));
    expect(districtTexts).toHaveLength(10);
    const city = districtTexts.find((t) => t.includes("Kính gửi Ban Chỉ đạo Thành phố Bắc Giang"))!;
    expect(city).toContain("• Xã Song Mai: cần thêm 7 phiếu (3 phiếu / 20 lượt); chưa gửi ảnh báo cáo");
    expect(city).toContain(
      "• Phường Ngô Quyền: chưa báo cáo lượt công dân đến (2 phiếu); chưa gửi ảnh báo cáo",
    );
    // In quota with a photo: not among those to urge (its ten identical forms sent at one moment are, rightly,
    // "cần xem xét" in the integrity section that follows).
    const toUrge = city.slice(city.indexOf("Đề nghị đôn đốc:"), city.indexOf("Cần xem xét tính khách quan"));
    expect(toUrge).toContain("• Xã Song Mai");
    expect(toUrge).not.toContain("• Phường Thọ Xương");
    expect(city).toContain("• Phường Thọ Xương: 10 phiếu trong 5 phút");
  });

  it("runs a (job, date) once, however often it is asked, unless forced", async () => {
    const again = await runJob("daily-summary", { date: "2024-06-12" });
    expect(await again.json()).toEqual({
      job: "daily-summary",
      date: "2024-06-12",
      status: "already-ran",
      runId: null,
      messages: 0,
    });
    const forced = await runJob("daily-summary", { date: "2024-06-12", force: true });
    const body = (await forced.json()) as { messages: number };
    expect(body).toMatchObject({ status: "posted", runId: expect.any(Number) });
    expect(body.messages).toBeGreaterThan(10);
    const runs = await queryRows<{ forced: boolean }>(
      server.context.db,
      sql`SELECT forced FROM job_runs WHERE job = 'daily-summary' ORDER BY id`,
    );
    expect(runs.map((r) => r.forced)).toEqual([false, true]);
    const before = fake.sent.length;
    await deliver(server);
    expect(fake.sent.length - before).toBe(body.messages);
  });

  it("when two server processes run the same scheduled slot at once, the group gets one post", async () => {
    const other = await startSibling(server);
    try {
      server.setNow(new Date("2024-06-13T00:00:00Z")); // 07:00 on 13/06
      const before = fake.sent.length;
      const [a, b] = await Promise.all([
        runSlot(server.context, "morning"),
        runSlot(other.context, "morning"),
      ]);
      expect([...a, ...b].map((r) => r.status).sort()).toEqual(["already-ran", "posted"]);
      await Promise.all([deliver(server), deliver(other)]);
      const sent = fake.texts().slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatch(
        /^☀️ Chào buổi sáng! Hôm nay là ngày 13\/06\/2024 \(ngày 2\/3\) khảo sát phiếu PKS 02\./,
      );
      expect(sent[0]).toContain("📷 Chụp ảnh bộ phận một cửa");
      const [admin1, admin2] = await Promise.all([
        runJob("morning-reminder", { date: "2024-06-13" }),
        fetch(`${other.url}/api/admin/jobs/morning-reminder/run`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
          body: JSON.stringify({ date: "2024-06-13" }),
        }),
      ]);
      expect([await statusOf(admin1), await statusOf(admin2)]).toEqual(["already-ran", "already-ran"]);
    } finally {
      server.setNow(new Date("2024-06-12T03:00:00Z"));
      await other.close();
    }
  });

  it("the afternoon check lists communes with no visitor count or no photo, by district", async () => {
    const texts = await posted("afternoon-check", "2024-06-12");
    const lines = texts.join("\n").split("\n");
    expect(lines[0]).toBe("⏰ Kiểm tra ngày 12/06/2024 (ngày 1/3): 208/209 xã còn thiếu báo cáo.");
    expect(lines).toContain("❔ Chưa báo lượt công dân đến (206 xã):");
    expect(lines.find((l) => l.startsWith("• Thành phố Bắc Giang (13): "))).toMatch(
      /^• Thành phố Bắc Giang \(13\): Phường Ngô Quyền, /,
    );
    expect(lines).toContain("📷 Chưa gửi ảnh báo cáo (208 xã):");
    const noPhotoCity = lines.find((l) => l.startsWith("• Thành phố Bắc Giang (15): "));
    expect(noPhotoCity).toContain("Xã Song Mai");
    expect(lines.some((l) => l.includes("Thọ Xương"))).toBe(false);
  });

  it("the final summary covers the whole window, posts once whatever later date is asked, and is refused before the last day", async () => {
    const early = await runJob("final-summary", { date: "2024-06-13" });
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({
      error: {
        code: "DATE_OUTSIDE_WINDOW",
        message:
          "Tổng kết cả đợt (final-summary) chạy từ ngày cuối đợt khảo sát (14/06/2024) trở đi; ngày 13/06/2024 còn sớm.",
      },
    });
    const texts = await posted("final-summary", "2024-06-15");
    const lines = texts.join("\n").split("\n");
    expect(lines).toContain("🏁 KẾT QUẢ KHẢO SÁT PKS 02 (12/06/2024 – 14/06/2024)");
    expect(lines).toContain("Toàn tỉnh: 19 phiếu; 42 lượt công dân đến (0/209 xã đã báo đủ 3 ngày).");
    expect(lines).toContain("❔ Xã chưa báo đủ lượt công dân đến (209), theo ngày còn thiếu:");
    expect(lines).toContain("Ngày 12/06/2024 (206 xã):");
    expect(lines).toContain("Ngày 13/06/2024 (209 xã):");
    expect(lines).toContain("• Huyện Hiệp Hòa: cả 25 xã");
    expect(lines).toContain("Cảm ơn các tổ công tác và Ban Chỉ đạo các huyện đã phối hợp!");
    const later = await runJob("final-summary", { date: "2024-06-20" });
    expect(await later.json()).toMatchObject({ date: "2024-06-14", status: "already-ran" });
  });

  it("shows the admin what went to the Zalo group, and has no console page", async () => {
    const res = await server.request("/api/admin/group-messages", { token: TEST_ADMIN_TOKEN });
    const body = (await res.json()) as {
      mode: string;
      messages: { idempotencyKey: string; status: string }[];
    };
    expect(body.mode).toBe("zalo");
    expect(body.messages).toContainEqual(
      expect.objectContaining({ idempotencyKey: "job:daily-summary:2024-06-12:part-1", status: "sent" }),
    );
    expect((await server.request("/group")).status).toBe(404);
  });

  it("refuses unknown jobs, bad bodies, days outside the window and anyone but the admin", async () => {
    expect((await runJob("weekly-summary", { date: "2024-06-12" })).status).toBe(404);
    expect(await errorCode(await runJob("weekly-summary", { date: "2024-06-12" }))).toBe("UNKNOWN_JOB");
    expect((await runJob("daily-summary", { date: "12/06/2024" })).status).toBe(400);
    expect((await runJob("daily-summary", { date: "2024-06-12", force: "yes" })).status).toBe(400);
    const outside = await runJob("daily-summary", { date: "2024-06-15" });
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({
      error: {
        code: "DATE_OUTSIDE_WINDOW",
        message:
          "Ngày 15/06/2024 không nằm trong thời gian khảo sát (12/06/2024 – 14/06/2024); daily-summary chỉ chạy cho ngày khảo sát.",
      },
    });
    const anonymous = await server.request("/api/admin/jobs/daily-summary/run", {
      method: "POST",
      json: { date: "2024-06-12" },
    });
    expect(anonymous.status).toBe(401);
    expect((await runJob("daily-summary", { date: "2024-06-12" }, DISTRICT_213_TOKEN)).status).toBe(403);
  });
});

describe("the scheduled slots without Zalo", () => {
  it("after the last day post the final summary once, at the first slot that comes, and nothing else", async () => {
    const server = await startTestServer({ now: new Date("2024-06-20T00:00:00Z") }); // 07:00 on 20/06
    try {
      expect(await runSlot(server.context, "morning")).toEqual([
        {
          job: "final-summary",
          date: "2024-06-14",
          status: "posted",
          runId: expect.any(Number),
          messages: expect.any(Number),
        },
      ]);
      expect(await runSlot(server.context, "afternoon")).toEqual([]);
      expect((await runSlot(server.context, "evening"))[0]?.status).toBe("already-ran");
    } finally {
      await server.close();
    }
  });
});
