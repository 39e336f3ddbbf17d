import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { DISTRICT_213_TOKEN, DISTRICT_ENV, DONG_TIEN, THO_XUONG, noonOf } from "../intake/intake-fixtures";
import { seedResults } from "./results-fixtures";

// Hang guards, not speed checks: the province report draws ten charts, slow on a loaded 2-core machine.
jest.setTimeout(60_000);

const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");

describe("results exports (xlsx, csv, pdf, report cards)", () => {
  let server: TestServer;
  const download = async (path: string, token = TEST_ADMIN_TOKEN) => {
    const response = await server.request(path, { token });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    return { type: response.headers.get("content-type"), body };
  };

  beforeAll(async () => {
    server = await startTestServer({ env: DISTRICT_ENV });
    await seedResults(server);
    server.setNow(noonOf("2024-06-15"));
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it("the workbook read back has every sheet, the figures and one row per response", async () => {
    const { body } = await download("/api/reports/results.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "province",
      "districts",
      "communes",
      "rankings",
      "criteria",
      "choices",
      "comments",
      "integrity",
      "excluded",
      "responses",
    ]);
    const communes = workbook.getWorksheet("communes")!;
    const thoXuong = communes
      .getRows(2, communes.rowCount - 1)!
      .find((r) => r.getCell(1).value === THO_XUONG)!;
    expect([thoXuong.getCell(2).value, thoXuong.getCell(4).value]).toEqual(["Phường Thọ Xương", 22]);
    expect(thoXuong.getCell(8).value).toBeCloseTo(0.8, 12); // the index
    const lastColumn = communes.getRow(1).cellCount;
    expect(communes.getRow(1).getCell(lastColumn).value).toBe("Phiếu chưa xác minh Zalo (chỉ mã thiết bị)");
    expect(thoXuong.getCell(lastColumn).value).toBe(22);
    const rankings = workbook.getWorksheet("rankings")!;
    expect(rankings.getRow(2).values).toEqual(
      expect.arrayContaining(["Toàn tỉnh", 1, 1, DONG_TIEN, "Xã Đồng Tiến"]),
    );
    const responses = workbook.getWorksheet("responses")!;
    expect(responses.rowCount).toBe(1 + 52);
    expect(responses.getRow(1).getCell(2).value).toBe("Mã xã");
    const comments = workbook.getWorksheet("comments")!;
    expect(comments.getRow(2).getCell(4).value).toBe("Gọi [đã ẩn] để biết thêm");
  });

  it("the CSV is UTF-8 with a BOM, Vietnamese headers, one row per response and no identity", async () => {
    const { type, body } = await download("/api/reports/results.csv");
    expect(type).toBe("text/csv; charset=utf-8");
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 52);
    expect(
      lines[0]!.startsWith("STT,Mã xã,Xã/phường/thị trấn,Mã huyện,Huyện/thị xã/thành phố,Ngày trả lời,B1,"),
    ).toBe(true);
    const text = body.toString("utf8");
    expect(text).not.toMatch(/[0-9a-f]{64}/); // no respondent key
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no submission id
    expect(text).toContain(`,${THO_XUONG},Phường Thọ Xương,213,Thành phố Bắc Giang,2024-06-12,`);
  });

  it("the province report holds the rankings with Vietnamese names", async () => {
    const { type, body } = await download("/api/reports/results.pdf");
    expect(type).toBe("application/pdf");
    const text = pdfText(body);
    expect(text).toContain("Xếp hạng toàn tỉnh theo chỉ số hài lòng");
    expect(text).toMatch(/1\s+1\s+Xã Đồng Tiến\s+Huyện Yên Thế\s+20\s+100,0%/);
    expect(text).toMatch(/2\s+1\s+Phường Thọ Xương\s+Thành phố Bắc Giang\s+22\s+80,0%/);
    expect(text).toMatch(/Xã Song Mai\s+Thành phố Bắc Giang\s+10\s+50,0%.*chưa đủ mẫu/);
    expect(text).toContain("Đề xuất khen thưởng");
    // Districts without a valid response are named in one line, not given a page with an empty chart and table.
    expect(text).toMatch(
      /Chưa có phiếu hợp lệ nào \(không có trang riêng\): Huyện Tân Yên, Huyện Lạng Giang/,
    );
    expect(text.split("\f").filter((page) => /^\s*Huyện Tân Yên\s*$/m.test(page))).toEqual([]);
    expect(text).toMatch(/Lưu ý: 32\/52 phiếu chỉ có mã thiết bị, chưa xác minh qua tài khoản Zalo/);
  });

  it("a report card compares the chairperson with district and province and gives the comments", async () => {
    const text = pdfText((await download(`/api/reports/communes/${THO_XUONG}/report.pdf`)).body);
    expect(text).toContain("PHIẾU KẾT QUẢ: CHỦ TỊCH UBND PHƯỜNG THỌ XƯƠNG");
    expect(text).toMatch(/Chỉ số hài lòng: 80,0% \(CI 95%: 58,4–91,9%\); huyện 70,0%; tỉnh 82,0%/);
    expect(text).toContain("“Gọi [đã ẩn] để biết thêm”");
    expect(text).toMatch(/Lưu ý: 22\/22 phiếu chỉ có mã thiết bị/);
  });

  it("a district token gets its own communes' report cards after the window, nothing of another district", async () => {
    await download(`/api/reports/communes/${THO_XUONG}/report.pdf`, DISTRICT_213_TOKEN);
    const other = await server.request(`/api/reports/communes/${DONG_TIEN}/report.pdf`, {
      token: DISTRICT_213_TOKEN,
    });
    expect([other.status, (await other.json()).error.code]).toEqual([403, "FORBIDDEN"]);
    server.setNow(noonOf("2024-06-14"));
    for (const path of [
      `/api/reports/communes/${THO_XUONG}/report.pdf`,
      "/api/reports/results.csv",
      "/api/reports/results.xlsx",
    ]) {
      const early = await server.request(path, { token: DISTRICT_213_TOKEN });
      expect([path, early.status, (await early.json()).error.code]).toEqual([path, 403, "RESULTS_NOT_READY"]);
    }
    server.setNow(noonOf("2024-06-15"));
    const unknown = await server.request("/api/reports/communes/99999/report.pdf", {
      token: TEST_ADMIN_TOKEN,
    });
    expect(unknown.status).toBe(404);
  });
});
