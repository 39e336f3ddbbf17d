import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import {
  INTEGRITY_SIGNAL_LABELS,
  ZIntegrityReport,
  ZResultsReport,
  type IntegrityReport,
} from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { DISTRICT_213_TOKEN, DISTRICT_215_TOKEN, DISTRICT_ENV, noonOf } from "../intake/intake-fixtures";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { foldClosedBurstDays } from "../../src/integrity/fold-bursts";
import { runSlot } from "../../src/jobs/scheduler";
import { purgeRespondentKeys } from "../../src/responses/purge-respondent-keys";
import { DAY, SEEDED, seedIntegrity } from "./integrity-fixtures";

const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");

const ENV = { ...DISTRICT_ENV, RATE_LIMIT_PER_MINUTE: "100000" };

describe("integrity signals (GET /api/reports/integrity)", () => {
  let server: TestServer;
  let report: IntegrityReport;
  let whileOpen: IntegrityReport;
  const commune = (code: string) => report.communes.find((c) => c.code === code)!;
  const fetchReport = async (query: string) => {
    const response = await server.request(`/api/reports/integrity?${query}`, { token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(200);
    return ZIntegrityReport.parse(await response.json());
  };
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await server.context.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
  const flagged = (code: string) =>
    commune(code)
      .signals.filter((s) => s.flagged)
      .map((s) => s.kind);

  beforeAll(async () => {
    server = await startTestServer({ env: ENV });
    await seedIntegrity(server);
    server.setNow(new Date(`${DAY}T23:59:00+07:00`)); // the day still open: read from its 5-minute spans
    whileOpen = await fetchReport(`date=${DAY}`);
    server.setNow(noonOf("2024-06-13")); // the day over: its spans are folded first, then read
    report = await fetchReport(`date=${DAY}`);
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["speed", SEEDED.speed, "6/12 phiếu hoàn thành dưới 55–58 giây"],
    ["burst", SEEDED.burst, "12 phiếu trong 5 phút, gấp 120 lần nhịp trung bình của xã trong giờ làm việc"],
    ["straight_lined", SEEDED.straight, "8/12 phiếu chọn cùng một mức cho cả 10 câu C1–C10"],
    ["duplicate", SEEDED.duplicate, "4/12 phiếu trùng hệt mọi câu trả lời của một phiếu khác"],
    ["help", SEEDED.help, "8/12 phiếu được người khác hỗ trợ khi trả lời (67%; trung vị của tỉnh 0%)"],
    ["place", SEEDED.place, "0/12 phiếu trả lời tại bộ phận một cửa (0%; trung vị của tỉnh 100%)"],
    [
      "out_of_hours",
      SEEDED.hours,
      "12/12 phiếu gửi ngoài giờ làm việc 7:00–17:00 (100%; trung vị của tỉnh 0%)",
    ],
  ])("a commune tripping %s is 'cần xem xét' for exactly that reason", (kind, code, reason) => {
    expect(flagged(code)).toEqual([kind]);
    expect(commune(code)).toMatchObject({ review: true, reasons: [reason], responses: 12 });
    expect(commune(code).days).toMatchObject([
      { date: DAY, review: true, reasons: [reason], decision: null },
    ]);
  });

  it("the communes that trip nothing stay clean, and so do communes without responses", () => {
    for (const code of [SEEDED.clean, SEEDED.clean2, SEEDED.clean3]) {
      expect(commune(code)).toMatchObject({ review: false, reasons: [], responses: 12 });
    }
    expect(report.summary).toMatchObject({ communes: 209, review: 7, excludedResponses: 0 });
    expect(commune("07243")).toMatchObject({ review: false, responses: 0, days: [] });
  });

  it("over the window the same communes are flagged", async () => {
    const response = await server.request("/api/reports/integrity", { token: TEST_ADMIN_TOKEN });
    const window = ZIntegrityReport.parse(await response.json());
    expect(window.date).toBeNull();
    expect(window.communes.filter((c) => c.review).map((c) => c.code)).toEqual(
      [
        SEEDED.speed,
        SEEDED.burst,
        SEEDED.straight,
        SEEDED.duplicate,
        SEEDED.help,
        SEEDED.place,
        SEEDED.hours,
      ].sort(),
    );
  });

  it("a district token sees its district only; another district is 403", async () => {
    const own = await server.request("/api/reports/integrity", { token: DISTRICT_215_TOKEN });
    const body = ZIntegrityReport.parse(await own.json());
    expect(body.districtCode).toBe("215");
    expect(body.communes.every((c) => c.districtCode === "215")).toBe(true);
    const other = await server.request("/api/reports/integrity?district=213", { token: DISTRICT_215_TOKEN });
    expect(other.status).toBe(403);
    const mine = await server.request("/api/reports/integrity?district=213", { token: DISTRICT_213_TOKEN });
    expect(ZIntegrityReport.parse(await mine.json()).summary.review).toBe(7);
  });

  it.each([
    ["?date=2024-06-20", 400, "DATE_OUTSIDE_WINDOW"],
    ["?date=12-06-2024", 400, "BAD_REQUEST"],
    ["?district=999", 404, "DISTRICT_NOT_FOUND"],
    ["?dat=2024-06-12", 400, "BAD_REQUEST"],
    ["?campaign=other", 404, "CAMPAIGN_NOT_FOUND"],
  ])("a bad query %s is %i %s", async (query, status, code) => {
    const response = await server.request(`/api/reports/integrity${query}`, { token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/i);
  });

  it("the district's evening summary lists the communes to look at, with the reasons", async () => {
    const run = await server.request("/api/admin/jobs/daily-summary/run", {
      method: "POST",
      json: { date: DAY },
      token: TEST_ADMIN_TOKEN,
    });
    expect(run.status).toBe(200);
    const rows = await server.context.db.execute(
      sql`SELECT text FROM group_outbox WHERE kind = 'text' ORDER BY id`,
    );
    const texts = (rows as unknown as { rows: { text: string }[] }).rows.map((r) => r.text).join("\n");
    const city = texts.slice(texts.indexOf("Ban Chỉ đạo Thành phố Bắc Giang")).split("📌")[0]!;
    // The section is the message's last; a long message is split in parts ("(phần 2/2)").
    const toReview = city
      .slice(city.indexOf("Cần xem xét tính khách quan"))
      .split("\n")
      .filter((line) => line.startsWith("• "));
    expect(toReview).toHaveLength(7);
    expect(toReview).toContain(
      "• Phường Trần Phú: 12 phiếu trong 5 phút, gấp 120 lần nhịp trung bình của xã trong giờ làm việc",
    );
    expect(toReview).toContain("• Phường Mỹ Độ: 8/12 phiếu chọn cùng một mức cho cả 10 câu C1–C10");
    expect(toReview.join("\n")).not.toContain("Phường Thọ Xương");
    const yenThe = texts.slice(texts.indexOf("Ban Chỉ đạo Huyện Yên Thế")).split("📌")[0]!;
    expect(yenThe).not.toContain("Cần xem xét");
  });

  it("once the day is over its 5-minute counters are folded into the day's peak, and the signals stay the same", async () => {
    const { generatedAt: _open, ...open } = whileOpen;
    const { generatedAt: _closed, ...closed } = report;
    expect(closed).toEqual(open);
    expect(await rows(sql`SELECT count(*)::int AS n FROM response_bursts WHERE survey_day = ${DAY}`)).toEqual(
      [{ n: 0 }],
    );
    const folded = sql`SELECT peak, responses FROM response_burst_days WHERE survey_day = ${DAY}
      AND commune_code IN (${SEEDED.burst}, ${SEEDED.clean}) ORDER BY commune_code`;
    expect(await rows(folded)).toEqual([
      { peak: 1, responses: 12 }, // Thọ Xương: one form every 10 minutes
      { peak: 12, responses: 12 }, // the burst
    ]);
    expect(await foldClosedBurstDays(server.context)).toEqual({ spans: 0, days: 0 }); // again: nothing
    const { generatedAt: _again, ...again } = await fetchReport(`date=${DAY}`);
    expect(again).toEqual(open);
  });

  it("bursts come from counters per 5-minute span that hold a count, not a form; a refused form counts nowhere", async () => {
    const columns = await rows(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'response_bursts' ORDER BY 1`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      "commune_code",
      "responses",
      "span",
      "survey_day",
      "survey_id",
    ]);
    const burst = sql`SELECT span, responses FROM response_bursts WHERE commune_code = ${SEEDED.burst}`;
    expect(await rows(burst)).toEqual([]); // 12/6 is folded; 13/6 (today) has no form yet
    const device = newDeviceHeaders();
    const submit = () =>
      server.request("/api/responses", {
        method: "POST",
        json: buildResponseInput({ communeCode: SEEDED.burst }),
        headers: device,
      });
    server.setNow(new Date("2024-06-13T09:01:00+07:00"));
    expect((await submit()).status).toBe(201);
    expect((await submit()).status).toBe(409); // ALREADY_ANSWERED: neither stored nor counted
    expect(await rows(burst)).toEqual([{ span: 108, responses: 1 }]); // 09:00–09:05
    server.setNow(noonOf("2024-06-13"));
  });

  it("without a token it is 401", async () => {
    expect((await server.request("/api/reports/integrity")).status).toBe(401);
  });
});

describe("reviewers' decisions (PUT /api/reports/integrity/communes/:code/days/:date/decision)", () => {
  let server: TestServer;
  const path = (code: string, date = DAY) => `/api/reports/integrity/communes/${code}/days/${date}/decision`;
  const decide = (code: string, json: unknown, token = TEST_ADMIN_TOKEN, date = DAY) =>
    server.request(path(code, date), { method: "PUT", json, token });
  const results = async () => {
    const response = await server.request("/api/reports/results", { token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(200);
    return ZResultsReport.parse(await response.json());
  };

  beforeAll(async () => {
    server = await startTestServer({ env: ENV });
    await seedIntegrity(server);
    server.setNow(noonOf("2024-06-15"));
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  it("the first scheduled tick of a later day folds the closed days' spans; purge-respondent-keys does too", async () => {
    const count = async (table: "response_bursts" | "response_burst_days") =>
      (await server.context.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as {
        rows: { n: number }[];
      };
    expect((await count("response_bursts")).rows[0]!.n).toBeGreaterThan(0);
    await runSlot(server.context, "morning"); // 15/6, after the window: the final summary, and the fold
    expect((await count("response_bursts")).rows[0]!.n).toBe(0);
    expect((await count("response_burst_days")).rows[0]!.n).toBe(Object.keys(SEEDED).length);
    // A form still being stored at midnight left a span for 14/6: the purge folds it as well.
    await server.context.db.execute(
      sql`INSERT INTO response_bursts VALUES ('PKS02', ${SEEDED.clean}, '2024-06-14', 100, 2)`,
    );
    await purgeRespondentKeys(server.context, server.config.campaigns.defaultCampaign);
    expect((await count("response_bursts")).rows[0]!.n).toBe(0);
    expect((await count("response_burst_days")).rows[0]!.n).toBe(Object.keys(SEEDED).length + 1);
  });

  it("refuses, changing nothing, what is not a decision on a flagged commune-day", async () => {
    const ok = { decision: "excluded", note: "Phiếu dồn trong 5 phút" };
    const cases: [string, unknown, string | undefined, string, number, string][] = [
      [SEEDED.clean, ok, undefined, DAY, 409, "INTEGRITY_NOT_FLAGGED"],
      [SEEDED.burst, ok, DISTRICT_213_TOKEN, DAY, 403, "FORBIDDEN"],
      [SEEDED.burst, { decision: "maybe", note: "x" }, undefined, DAY, 400, "VALIDATION_FAILED"],
      [SEEDED.burst, { decision: "excluded", note: "  " }, undefined, DAY, 400, "VALIDATION_FAILED"],
      [SEEDED.burst, { ...ok, extra: 1 }, undefined, DAY, 400, "VALIDATION_FAILED"],
      [SEEDED.burst, ok, undefined, "2024-06-20", 400, "DATE_OUTSIDE_WINDOW"],
      ["99999", ok, undefined, DAY, 404, "COMMUNE_NOT_FOUND"],
      ["7213", ok, undefined, DAY, 400, "BAD_REQUEST"],
    ];
    const before = await results();
    for (const [code, body, token, date, status, error] of cases) {
      const response = await decide(code, body, token, date);
      expect([code, response.status]).toEqual([code, status]);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(error);
    }
    expect((await results()).communes).toEqual(before.communes);
  });

  it("excluding a commune-day removes exactly its responses from the results, and says how many", async () => {
    const before = await results();
    const response = await decide(SEEDED.burst, { decision: "excluded", note: "12 phiếu trong 5 phút" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      communeCode: SEEDED.burst,
      date: DAY,
      changed: true,
      current: { decision: "excluded", note: "12 phiếu trong 5 phút", decidedBy: "admin" },
      history: [{ decision: "excluded" }],
    });
    const after = await results();
    const responsesOf = (r: typeof after, code: string) =>
      r.communes.find((c) => c.code === code)!.figures.responses;
    expect(responsesOf(before, SEEDED.burst)).toBe(12);
    expect(responsesOf(after, SEEDED.burst)).toBe(0);
    expect(after.province.pooled.responses).toBe(before.province.pooled.responses - 12);
    const district = (r: typeof after) => r.districts.find((d) => d.code === "213")!.pooled.responses;
    expect(district(after)).toBe(district(before) - 12);
    for (const c of after.communes.filter((c) => c.code !== SEEDED.burst))
      expect(c.figures).toEqual(before.communes.find((b) => b.code === c.code)!.figures);
    expect(after.integrity.excludedResponses).toBe(12);
    expect(after.integrity.excludedCommuneDays).toMatchObject([
      { communeCode: SEEDED.burst, date: DAY, responses: 12, note: "12 phiếu trong 5 phút" },
    ]);
    expect(after.communes.find((c) => c.code === SEEDED.burst)!.integrity).toMatchObject({
      review: true,
      excludedResponses: 12,
    });
  });

  it("the exports show the exclusion: fewer response rows, the excluded sheet, the report card's words", async () => {
    const get = async (url: string) => {
      const response = await server.request(url, { token: TEST_ADMIN_TOKEN });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get("/api/reports/results.xlsx")) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("responses")!.rowCount).toBe(1 + 10 * 12 - 12);
    const excluded = workbook.getWorksheet("excluded")!;
    expect(excluded.getRow(2).values).toEqual(
      expect.arrayContaining([SEEDED.burst, "Phường Trần Phú", "12/06/2024", 12, "loại khỏi kết quả"]),
    );
    const sheetRow = (name: string, code: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === code)!;
    };
    const communes = workbook.getWorksheet("communes")!;
    const columns = communes.getRow(1).values as string[];
    const burst = sheetRow("communes", SEEDED.burst);
    expect(burst.getCell(columns.indexOf("Phiếu bị loại (quyết định xem xét)")).value).toBe(12);
    expect(burst.getCell(columns.indexOf("Tính khách quan")).value).toBe("cần xem xét");
    const speed = sheetRow("communes", SEEDED.speed);
    expect(speed.getCell(columns.indexOf("Lý do cần xem xét")).value).toBe(
      "6/12 phiếu hoàn thành dưới 55–58 giây",
    );
    expect(sheetRow("communes", SEEDED.clean).getCell(columns.indexOf("Tính khách quan")).value).toBeNull();
    const province = workbook.getWorksheet("province")!;
    expect(province.getRow(2).getCell(province.columnCount).value).toBe(12);
    const csv = (await get("/api/reports/results.csv")).toString("utf8").trimEnd().split("\r\n");
    expect(csv).toHaveLength(1 + 10 * 12 - 12);
    const card = pdfText(await get(`/api/reports/communes/${SEEDED.burst}/report.pdf`)).replace(/\s+/g, " ");
    expect(card).toContain("12 phiếu bị loại khỏi kết quả theo quyết định sau khi xem xét");
    expect(card).toContain("Tính khách quan — cần xem xét: 12 phiếu trong 5 phút");
    const provinceText = pdfText(await get("/api/reports/results.pdf")).replace(/\s+/g, " ");
    expect(provinceText).toContain("Tính khách quan: 7 xã cần xem xét; 12 phiếu của 1 ngày-xã bị loại");
  }, 60_000);

  it("the same decision again changes nothing; a changed one is kept with who and when", async () => {
    const again = await decide(SEEDED.burst, { decision: "excluded", note: "12 phiếu trong 5 phút" });
    expect(await again.json()).toMatchObject({ changed: false, history: [{ decision: "excluded" }] });
    server.setNow(new Date("2024-06-16T09:00:00+07:00"));
    const changed = await decide(SEEDED.burst, {
      decision: "valid",
      note: "Đã gọi điện: đoàn thanh niên đến cùng lúc",
    });
    const body = (await changed.json()) as {
      changed: boolean;
      history: { decision: string; decidedAt: string }[];
    };
    expect(body.changed).toBe(true);
    expect(body.history.map((h) => [h.decision, h.decidedAt])).toEqual([
      ["excluded", "2024-06-15T05:00:00.000Z"],
      ["valid", "2024-06-16T02:00:00.000Z"],
    ]);
    const after = await results();
    expect(after.integrity.excludedResponses).toBe(0);
    expect(after.communes.find((c) => c.code === SEEDED.burst)!.figures.responses).toBe(12);
    const integrity = await server.request(`/api/reports/integrity?date=${DAY}`, { token: TEST_ADMIN_TOKEN });
    const day = ZIntegrityReport.parse(await integrity.json()).communes.find((c) => c.code === SEEDED.burst)!
      .days[0]!;
    expect(day.decision).toMatchObject({ decision: "valid", decidedBy: "admin" });
    expect(day.review).toBe(true); // a decision never hides the signal
  });

  it("the dashboard's district and commune pages show the signals and the decision, within the district", async () => {
    const session = async (token: string) => {
      const login = await server.request("/dashboard/login");
      const nonce = login.headers.get("set-cookie")!.split(";")[0]!;
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
      const response = await server.request("/dashboard/login", {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: nonce },
        body: new URLSearchParams({ _csrf: csrf, token }).toString(),
      });
      expect(response.status).toBe(303);
      const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
      return (path: string) => server.request(path, { headers: { cookie } });
    };
    const city = await session(DISTRICT_213_TOKEN);
    const text = async (path: string) => {
      const response = await city(path);
      expect(response.status).toBe(200);
      return (await response.text()).replace(/\s+/g, " ");
    };
    const district = await text("/dashboard/huyen/213");
    expect(district).toContain("Cần xem xét tính khách quan (7)");
    expect(district).toContain("Phường Trần Phú</a>: 12 phiếu trong 5 phút");
    // The signals' chart (the chart module's SVG, a bar per signal) and its figures: one commune each.
    const figure = district.slice(
      district.indexOf('id="bieu-do-xem-xet"'),
      district.indexOf("</figure>", district.indexOf('id="bieu-do-xem-xet"')),
    );
    expect(figure.match(/aria-roledescription="bar"/g)).toHaveLength(7);
    const counts = [...figure.matchAll(/<th scope="row">([^<]+)<\/th> <td>(\d+)<\/td>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(counts).toEqual(Object.values(INTEGRITY_SIGNAL_LABELS).map((label) => [label, "1"]));
    const burst = await text(`/dashboard/xa/${SEEDED.burst}`);
    expect(burst).toContain("Tính khách quan của phiếu");
    expect(burst).toContain(
      "<strong>đã kiểm tra: hợp lệ</strong>: Đã gọi điện: đoàn thanh niên đến cùng lúc",
    );
    expect(await text(`/dashboard/xa/${SEEDED.clean}`)).toContain(
      "12/06/2024 (12 phiếu): không có dấu hiệu cần xem xét",
    );
    const other = await session(DISTRICT_215_TOKEN);
    expect((await other(`/dashboard/xa/${SEEDED.burst}`)).status).toBe(403);
  });
});
