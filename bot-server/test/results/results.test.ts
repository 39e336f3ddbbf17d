import { ZResultsReport, type ResultsReport } from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import {
  DISTRICT_213_TOKEN,
  DISTRICT_ENV,
  DONG_TIEN,
  SONG_MAI,
  THO_XUONG,
  noonOf,
} from "../intake/intake-fixtures";
import { seedResults } from "./results-fixtures";

const AFTER_WINDOW = noonOf("2024-06-15");

describe("results (GET /api/reports/results)", () => {
  let server: TestServer;
  let report: ResultsReport;
  const commune = (code: string) => report.communes.find((c) => c.code === code)!;
  const c1 = (figures: ResultsReport["province"]["pooled"]) =>
    figures.scales.find((s) => s.questionId === "C1")!;

  beforeAll(async () => {
    server = await startTestServer({ env: DISTRICT_ENV });
    await seedResults(server);
    server.setNow(AFTER_WINDOW);
    const response = await server.request("/api/reports/results", { token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(200);
    report = ZResultsReport.parse(await response.json());
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it("a commune's share leaves 'Không rõ' out, with its Wilson interval, mean and index", () => {
    const { figures, quota } = commune(THO_XUONG);
    expect(figures.responses).toBe(22);
    expect(c1(figures)).toMatchObject({ answered: 20, dontKnow: 2, satisfied: 16, share: 0.8, mean: 4.4 });
    expect(c1(figures).interval!.low).toBeCloseTo(0.584, 4);
    expect(c1(figures).interval!.high).toBeCloseTo(0.9193, 4);
    expect(figures.index.value).toBeCloseTo(0.8, 12);
    expect(figures.index.interval!.low).toBeCloseTo(0.584, 4);
    expect(quota).toEqual({ status: "ok", reference: false, reason: null });
  });

  it("D1 counts 'Có' among 'Có' and 'Không', 'Không muốn trả lời' apart", () => {
    const { extraMoney } = commune(THO_XUONG).figures;
    expect(extraMoney).toMatchObject({ yes: 2, answered: 20, declined: 2, share: 0.1 });
    expect(extraMoney.interval!.low).toBeCloseTo(0.0279, 4);
    expect(extraMoney.interval!.high).toBeCloseTo(0.301, 4);
  });

  it("communes outside the quota are marked 'tham khảo' with the reason, not hidden", () => {
    expect(commune(SONG_MAI).quota).toMatchObject({ status: "missing_visits", reference: true });
    expect(commune(DONG_TIEN).quota.reason).toBe("Chưa báo cáo đủ lượt công dân đến các ngày khảo sát");
    expect(report.communes).toHaveLength(209);
  });

  it("counts the responses identified only by a device id, per commune and in all", () => {
    expect(commune(THO_XUONG).unverifiedResponses).toBe(22);
    expect(commune(SONG_MAI).unverifiedResponses).toBe(10);
    expect(commune(DONG_TIEN).unverifiedResponses).toBe(0);
    expect(report.unverifiedResponses).toBe(32);
  });

  it("pools a district's and the province's answers and gives the unweighted mean of communes", () => {
    const district = report.districts.find((d) => d.code === "213")!;
    expect(c1(district.pooled)).toMatchObject({ answered: 30, satisfied: 21, share: 0.7 });
    expect(c1(district.pooled).interval!.low).toBeCloseTo(0.5212, 4);
    expect(district.communeMean.shares.C1).toBeCloseTo(0.65, 12);
    expect(district.communeMean.communes).toBe(2);
    expect(c1(report.province.pooled)).toMatchObject({ answered: 50, satisfied: 41, share: 0.82 });
    expect(report.province.communeMean.index).toBeCloseTo((0.8 + 0.5 + 1) / 3, 12);
  });

  it("ranks by the index with bands, and lists small samples as not ranked", () => {
    const rows = report.rankings
      .province!.entries.slice(0, 3)
      .map((e) => [e.communeCode, e.status, e.rank, e.band, e.reference]);
    expect(rows).toEqual([
      [DONG_TIEN, "ranked", 1, 1, true],
      [THO_XUONG, "ranked", 2, 1, false], // its 0.9193 reaches Đồng Tiến's 0.8389: the same band
      [SONG_MAI, "insufficient_sample", null, null, true], // 10 < 20 responses
    ]);
    const inDistrict = report.rankings.districts.find((r) => r.scope === "213")!.entries;
    expect(inDistrict.map((e) => [e.communeCode, e.status])).toEqual([
      [THO_XUONG, "ranked"],
      [SONG_MAI, "insufficient_sample"],
      ...inDistrict.slice(2).map((e) => [e.communeCode, "no_data"]),
    ]);
  });

  it("proposes commendation by implementation and names the helpers who served most", () => {
    const { candidates, helpers } = report.commendation;
    expect(candidates.map((c) => [c.communeCode, Number(c.score.toFixed(4))])).toEqual([
      [THO_XUONG, 0.9333],
      [DONG_TIEN, 0.2],
    ]);
    expect(helpers).toEqual([
      {
        name: "Nguyễn Văn An",
        role: "Hội Cựu chiến binh",
        communeCode: THO_XUONG,
        communeName: "Phường Thọ Xương",
        days: 2,
      },
    ]);
  });

  it("gives the comments without phone numbers", () => {
    expect(report.comments).toEqual([
      { communeCode: THO_XUONG, questionId: "E4", text: "Gọi [đã ẩn] để biết thêm" },
      { communeCode: THO_XUONG, questionId: "E4", text: "Gọi [đã ẩn] để biết thêm" },
    ]);
  });

  it("a district token sees only its district, and only after the window has closed", async () => {
    server.setNow(noonOf("2024-06-14"));
    const early = await server.request("/api/reports/results", { token: DISTRICT_213_TOKEN });
    expect(early.status).toBe(403);
    expect((await early.json()).error.code).toBe("RESULTS_NOT_READY");
    server.setNow(AFTER_WINDOW);
    const own = ZResultsReport.parse(
      await (await server.request("/api/reports/results", { token: DISTRICT_213_TOKEN })).json(),
    );
    expect(new Set(own.communes.map((c) => c.districtCode))).toEqual(new Set(["213"]));
    expect(own.districts.map((d) => d.code)).toEqual(["213"]);
    expect(own.rankings.province).toBeNull();
    expect(own.province.pooled.responses).toBe(52);
    expect(own.commendation.candidates.map((c) => c.communeCode)).toEqual([THO_XUONG]);
  });

  it("refuses an unknown campaign and a misspelt parameter", async () => {
    const unknown = await server.request("/api/reports/results?campaign=2025", { token: TEST_ADMIN_TOKEN });
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, "CAMPAIGN_NOT_FOUND"]);
    const misspelt = await server.request("/api/reports/results?minSampel=5", { token: TEST_ADMIN_TOKEN });
    expect(misspelt.status).toBe(400);
  });
});
