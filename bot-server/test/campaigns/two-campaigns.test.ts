import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { ZCommuneInfo, ZResultsReport, ZSurveyInfo, type ProgressReport } from "@pks02/shared";
import {
  startTestServer,
  TEST_ADMIN_TOKEN,
  TEST_CAMPAIGNS_DIR,
  TEST_CAMPAIGN_ID,
  type TestServer,
} from "../../src/testing";
import { queryRows } from "../../src/db/database";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { deliver, startZaloTestServer } from "../group-bot/group-test-kit";

// 14/06/2024: the PKS 02 campaign's last day and the test campaign's first.
const BOTH_DAY = "2024-06-14";
const noon = new Date(`${BOTH_DAY}T12:00:00+07:00`);

/** A comment to TN01's free-text question T3. */
const COMMENT = "Cán bộ hướng dẫn tận tình";

/** A form of the test campaign (TN01) for one of its units. */
const testForm = (communeCode: string, answers: Record<string, unknown> = { T1: 1, T2: 5, T3: COMMENT }) => ({
  submissionId: randomUUID(),
  campaignId: TEST_CAMPAIGN_ID,
  communeCode,
  surveyVersion: "tn01-2024.1",
  answers,
});

describe("two campaigns at once: PKS 02 and a short form over units without districts", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  const post = (body: unknown, headers = newDeviceHeaders()) =>
    server.request("/api/responses", { method: "POST", json: body, headers });
  const putVisits = (code: string, visits: number, campaign?: string) =>
    server.request(
      `/api/communes/${code}/days/${BOTH_DAY}/visits${campaign ? `?campaign=${campaign}` : ""}`,
      {
        method: "PUT",
        json: { visits },
        token: TEST_ADMIN_TOKEN,
      },
    );
  /** Run a job of the day for the test campaign, then for the default one; the texts the group got. */
  const runForBoth = async (job: string): Promise<string[]> => {
    const before = fake.texts().length;
    for (const campaign of [TEST_CAMPAIGN_ID, undefined]) {
      const res = await server.request(`/api/admin/jobs/${job}/run`, {
        method: "POST",
        json: { date: BOTH_DAY, ...(campaign ? { campaign } : {}) },
        token: TEST_ADMIN_TOKEN,
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "posted" });
    }
    await deliver(server);
    return fake.texts().slice(before);
  };
  const progress = async (query: string): Promise<ProgressReport> => {
    const res = await server.request(`/api/progress?date=${BOTH_DAY}${query}`, { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    return (await res.json()) as ProgressReport;
  };

  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR }, now: noon });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("serves each campaign's form and units; without ?campaign= the default one, an unknown one is 404", async () => {
    const test = ZSurveyInfo.parse(
      await (await server.request(`/api/survey?campaign=${TEST_CAMPAIGN_ID}`)).json(),
    );
    expect([test.campaign?.id, test.definition.id, test.phase]).toEqual([TEST_CAMPAIGN_ID, "TN01", "open"]);
    const pks02 = ZSurveyInfo.parse(await (await server.request("/api/survey")).json());
    expect(pks02.definition.id).toBe("PKS02");
    const unit = await server.request(`/api/communes/99002?campaign=${TEST_CAMPAIGN_ID}`);
    expect(ZCommuneInfo.parse(await unit.json())).toEqual({
      code: "99002",
      name: "Xã Mẫu Bình",
      districtCode: null,
      districtName: null,
    });
    expect((await server.request("/api/communes/99002")).status).toBe(404);
    const unknown = await server.request("/api/survey?campaign=dot-khong-co");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "CAMPAIGN_NOT_FOUND" } });
  });

  it("takes one response per respondent per unit per campaign, each checked against its campaign's form", async () => {
    const resident = newDeviceHeaders();
    expect((await post(testForm("99002"), resident)).status).toBe(201);
    expect((await post(buildResponseInput({ communeCode: "07222" }), resident)).status).toBe(201);
    const again = await post(testForm("99002", { T1: 2 }), resident);
    expect(await again.json()).toMatchObject({ error: { code: "ALREADY_ANSWERED" } });
    const pks02Answers = await post({
      ...testForm("99001"),
      surveyVersion: buildResponseInput().surveyVersion,
    });
    expect(await pks02Answers.json()).toMatchObject({ error: { code: "SURVEY_VERSION_MISMATCH" } });
    const otherCampaignsUnit = await post({ ...testForm("07222") });
    expect(await otherCampaignsUnit.json()).toMatchObject({ error: { code: "COMMUNE_NOT_FOUND" } });
    const missing = await post(testForm("99003", { T2: 5 }));
    expect(await missing.json()).toMatchObject({ error: { code: "VALIDATION_FAILED" } });
  });

  it("counts progress per campaign: the flat registry lists its units with no district", async () => {
    expect((await putVisits("99002", 2, TEST_CAMPAIGN_ID)).status).toBe(200);
    expect((await putVisits("99002", 5)).status).toBe(404); // not a unit of PKS 02
    const test = await progress(`&campaign=${TEST_CAMPAIGN_ID}`);
    expect(test.districts).toEqual([]);
    expect(test.communes.map((c) => [c.code, c.districtCode, c.responses, c.visits, c.quota.status])).toEqual(
      [
        ["99001", null, 0, null, "missing_visits"],
        ["99002", null, 1, 2, "ok"],
        ["99003", null, 0, null, "missing_visits"],
      ],
    );
    const pks02 = await progress("");
    expect(pks02.communes).toHaveLength(209);
    expect(pks02.province.responses).toBe(1);
    expect(pks02.communes.find((c) => c.code === "07222")!.responses).toBe(1);
  });

  it("computes each campaign's results from its own responses and units, the flat one without districts", async () => {
    const results = async (query: string) => {
      const res = await server.request(`/api/reports/results${query}`, { token: TEST_ADMIN_TOKEN });
      expect(res.status).toBe(200);
      return ZResultsReport.parse(await res.json());
    };
    const test = await results(`?campaign=${TEST_CAMPAIGN_ID}`);
    expect([test.campaign, test.window, test.districts]).toEqual([
      TEST_CAMPAIGN_ID,
      { start: "2024-06-14", end: "2024-06-15" },
      [],
    ]);
    expect(test.communes.map((c) => [c.code, c.districtCode, c.figures.responses])).toEqual([
      ["99001", null, 0],
      ["99002", null, 1],
      ["99003", null, 0],
    ]);
    const pks02 = await results("");
    expect([pks02.communes.length, pks02.province.pooled.responses]).toEqual([209, 1]);
    // The whole is named by the registry's area; the test registry names none.
    expect([pks02.province.name, test.province.name]).toEqual(["Tỉnh Bắc Giang", "Toàn đợt khảo sát"]);
    // The figures are the campaign's own form's questions (TN01: T1 a choice, T2 a scale), not PKS 02's.
    const mauBinh = test.communes.find((c) => c.code === "99002")!.figures;
    expect(mauBinh.scales.map((f) => [f.questionId, f.answered, f.satisfied])).toEqual([["T2", 1, 1]]);
    expect(mauBinh.choices.map((f) => [f.questionId, f.options.find((o) => o.value === 1)?.count])).toEqual([
      ["T1", 1],
    ]);
  });

  it("exports the campaign's own questions: CSV and XLSX columns of its form, no district column without districts", async () => {
    const csv = await server.request(`/api/reports/results.csv?campaign=${TEST_CAMPAIGN_ID}`, {
      token: TEST_ADMIN_TOKEN,
    });
    expect(csv.status).toBe(200);
    const [header, ...lines] = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(header).toContain("T1,T2 (1–5),T3");
    expect(header).not.toMatch(/B1|C1|Huyện/);
    expect(lines).toHaveLength(1);
    const xlsx = await server.request(`/api/reports/results.xlsx?campaign=${TEST_CAMPAIGN_ID}`, {
      token: TEST_ADMIN_TOKEN,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const communesHeader = (workbook.getWorksheet("communes")!.getRow(1).values as unknown[]).slice(1);
    expect(communesHeader.slice(0, 3)).toEqual(["Mã xã", "Xã/phường/thị trấn", "Phiếu hợp lệ"]);
    expect(communesHeader.join("|")).not.toMatch(/Huyện|D1|E1|C1/);
    const responsesHeader = (workbook.getWorksheet("responses")!.getRow(1).values as unknown[]).slice(1);
    expect(responsesHeader.join("|")).toContain("T1|T2 (1–5)|T3");
    const row = (sheet: string, n: number) =>
      (workbook.getWorksheet(sheet)!.getRow(n).values as unknown[]).slice(1);
    // Every per-commune sheet goes without the district column; the whole is named without a province.
    expect(row("rankings", 1).slice(0, 6)).toEqual([
      "Phạm vi",
      "Hạng",
      "Nhóm",
      "Mã xã",
      "Xã/phường/thị trấn",
      "Phiếu hợp lệ",
    ]);
    expect(row("rankings", 2)[0]).toBe("Toàn đợt khảo sát");
    expect(row("integrity", 1)).toEqual([
      "Mã xã",
      "Xã/phường/thị trấn",
      "Cần xem xét",
      "Lý do",
      "Phiếu bị loại",
    ]);
    // The comments are the form's free-text question's (T3), headed by it.
    expect([row("comments", 1), row("comments", 2)]).toEqual([
      ["Mã xã", "Xã/phường/thị trấn", "Ý kiến (T3)"],
      ["99002", "Xã Mẫu Bình", COMMENT],
    ]);
  });

  it("names the whole in the province report by the registry (no area: the whole round), without districts or D1", async () => {
    const res = await server.request(`/api/reports/results.pdf?campaign=${TEST_CAMPAIGN_ID}`, {
      token: TEST_ADMIN_TOKEN,
    });
    expect(res.status).toBe(200);
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], {
      input: Buffer.from(await res.arrayBuffer()),
    }).toString("utf8");
    expect(text).toContain("Chỉ số hài lòng toàn đợt khảo sát (gộp phiếu)");
    expect(text).toContain("Xếp hạng toàn đợt khảo sát theo chỉ số hài lòng");
    expect(text).not.toMatch(/tỉnh|huyện|Huyện|D1|null|\(\)/);
  });

  it("gives a unit of the flat registry its report card, compared with the whole round alone, with its form's comments", async () => {
    const res = await server.request(`/api/reports/communes/99002/report.pdf?campaign=${TEST_CAMPAIGN_ID}`, {
      token: TEST_ADMIN_TOKEN,
    });
    expect([res.status, res.headers.get("content-type")]).toEqual([200, "application/pdf"]);
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], {
      input: Buffer.from(await res.arrayBuffer()),
    }).toString("utf8");
    expect(text).toMatch(/PHIẾU KẾT QUẢ: CHỦ TỊCH UBND/);
    expect(text).toMatch(/Chỉ số hài lòng: .*; toàn đợt /);
    expect(text).not.toMatch(/tỉnh|huyện|\(E3\)|\(E4\)/);
    expect(text).toContain("Ý kiến, kiến nghị của người dân (T3): 1");
    expect(text).toContain(`“${COMMENT}”`);
  });

  it("posts each campaign's summary, each naming its campaign, the flat one without districts", async () => {
    const texts = await runForBoth("daily-summary");
    const test = texts.filter((t) => t.startsWith("📋 Đợt thử nghiệm phiếu ngắn"));
    const pks02 = texts.filter((t) => t.startsWith("📋 Khảo sát ý kiến người dân về Chủ tịch UBND cấp xã"));
    expect(test.length).toBeGreaterThan(0);
    expect(pks02.length).toBeGreaterThan(1); // the province's summary and one per district
    expect(test.length + pks02.length).toBe(texts.length);
    expect(test.join("\n")).toContain(
      "❔ Xã chưa báo lượt công dân đến (2):\n• Phường Mẫu An (0 phiếu), Đặc khu Mẫu Cồn (0 phiếu)",
    );
    expect(test.join("\n")).not.toMatch(/null|Huyện/);
  });

  it("reminds each campaign's groups of its own form in the morning, by the campaign's short title", async () => {
    const texts = await runForBoth("morning-reminder");
    const test = texts.filter((t) => t.startsWith("📋 Đợt thử nghiệm phiếu ngắn"));
    expect(test.join("\n")).toContain("khảo sát phiếu TN01");
    expect(test.join("\n")).not.toContain("PKS 02");
    const pks02 = texts.filter((t) => !t.startsWith("📋 Đợt thử nghiệm phiếu ngắn"));
    expect(pks02.join("\n")).toContain("khảo sát phiếu PKS 02, ngày cuối.");
  });

  it("purges one campaign's de-duplication keys once its window has closed; the other's stay", async () => {
    server.setNow(new Date("2024-06-15T12:00:00+07:00")); // PKS 02 ended on the 14th; the test campaign ends today
    const purge = (json: object) =>
      server.request("/api/admin/respondent-keys/purge", { method: "POST", json, token: TEST_ADMIN_TOKEN });
    const open = await purge({ campaign: TEST_CAMPAIGN_ID });
    expect([open.status, (await open.json()).error.code]).toEqual([409, "WINDOW_NOT_CLOSED"]);
    const closed = await purge({});
    expect(await closed.json()).toMatchObject({ campaignId: "pks02-bac-giang-2024-06", deleted: 1 });
    const keys = await queryRows<{ campaign_id: string; count: number }>(
      server.context.db,
      sql`SELECT campaign_id, count(*)::int AS count FROM respondent_keys GROUP BY 1`,
    );
    expect(keys).toEqual([{ campaign_id: TEST_CAMPAIGN_ID, count: 1 }]);
    server.setNow(noon);
  });
});

describe("one campaign alone on its day", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR } });
  });
  afterAll(() => server.close());

  it("runs its job without naming itself (12/06: only PKS 02 runs)", async () => {
    const res = await server.request("/api/admin/jobs/morning-reminder/run", {
      method: "POST",
      json: { date: "2024-06-12" },
      token: TEST_ADMIN_TOKEN,
    });
    expect(await res.json()).toMatchObject({ status: "posted", messages: 1 });
  });
});
