import { sql } from "drizzle-orm";
import { COMMUNES, ZRosterMissingReport, ZRosterUploadResult } from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { DISTRICT_213_TOKEN, DISTRICT_ENV, DONG_TIEN, SONG_MAI, THO_XUONG } from "../intake/intake-fixtures";
import { buildRosterWorkbook, helperRow, putRoster, readWorkbookText } from "./roster-kit";

const VALID_HELPERS = [
  helperRow(SONG_MAI, "12/06/2024", "Sáng", "Nguyễn Văn An", "0912345678"),
  helperRow(SONG_MAI, "12/06/2024", "Chiều", "Trần Thị Bình"),
  helperRow(THO_XUONG, "13/06/2024", "Cả ngày", "Lê Văn Cường"),
];
const VALID_SUPERVISORS = [
  ["Phạm Thị Dung", "Phó Chủ tịch", "UBND Thành phố Bắc Giang", "213", "12/06/2024, 13/06/2024"],
];

describe("the helpers' roster (PUT /api/roster, GET /api/roster.xlsx)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: DISTRICT_ENV });
  });
  afterAll(async () => {
    await server.close();
  });
  const storedRows = async () =>
    (
      await queryRows<{ n: number }>(server.context.db, sql`SELECT count(*)::int AS n FROM roster_helpers`)
    )[0]!.n;

  it("when rows are bad, it answers with one Vietnamese line per bad row and stores nothing", async () => {
    const upload = await buildRosterWorkbook([
      ...VALID_HELPERS,
      helperRow("99999", "12/06/2024", "Sáng", "Ngô Văn E"),
      helperRow(SONG_MAI, "12/06/2024", "Sáng", ""),
      helperRow(SONG_MAI, "20/06/2024", "Sáng", "Đỗ Văn G"),
      helperRow(SONG_MAI, "12/06/2024", "Sáng", "nguyễn văn an"),
    ]);
    const response = await putRoster(server, upload, TEST_ADMIN_TOKEN);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("ROSTER_INVALID");
    expect(error.details).toEqual([
      {
        sheet: "Người hỗ trợ",
        row: 5,
        message: "Mã đơn vị 99999 không có trong danh sách 209 xã, phường, thị trấn",
      },
      { sheet: "Người hỗ trợ", row: 6, message: "Thiếu họ và tên" },
      {
        sheet: "Người hỗ trợ",
        row: 7,
        message: "Ngày 20/06/2024 ngoài thời gian khảo sát (12/06/2024 – 14/06/2024)",
      },
      {
        sheet: "Người hỗ trợ",
        row: 8,
        message: "Trùng với dòng 2: nguyễn văn an đã có lịch tại đơn vị này ngày 12/06/2024, buổi sáng",
      },
    ]);
    expect(await storedRows()).toBe(0);
  });

  it("when the roster is valid, it is stored and read back identically; the same file again changes nothing", async () => {
    const upload = await buildRosterWorkbook(VALID_HELPERS, VALID_SUPERVISORS);
    const first = await putRoster(server, upload, TEST_ADMIN_TOKEN);
    expect(first.status).toBe(200);
    expect(ZRosterUploadResult.parse(await first.json())).toMatchObject({
      helpers: 3,
      supervisors: 1,
      changed: true,
    });
    const exported = await server.request("/api/roster.xlsx", { token: TEST_ADMIN_TOKEN });
    expect(exported.headers.get("content-type")).toContain("spreadsheetml");
    const sheets = await readWorkbookText(await exported.arrayBuffer());
    const helperCells = (row: string[]) => [row[0], row[3], row[4], row[5], row[6], row[7], row[8]];
    expect(sheets["Người hỗ trợ"]!.slice(1).map(helperCells)).toEqual(VALID_HELPERS.map(helperCells));
    expect(sheets["Người hỗ trợ"]![1]!.slice(1, 3)).toEqual(["Xã Song Mai", "Thành phố Bắc Giang"]);
    expect(sheets["Lãnh đạo giám sát"]!.slice(1)).toEqual(VALID_SUPERVISORS);
    const again = await putRoster(
      server,
      Buffer.from(
        await (await server.request("/api/roster.xlsx", { token: TEST_ADMIN_TOKEN })).arrayBuffer(),
      ),
      TEST_ADMIN_TOKEN,
    );
    expect(await again.json()).toMatchObject({ helpers: 3, supervisors: 1, changed: false });
    expect(await storedRows()).toBe(3);
  });

  it("lists the units with no roster yet, with the campaign's due date", async () => {
    const response = await server.request("/api/roster/missing?district=213", { token: TEST_ADMIN_TOKEN });
    const report = ZRosterMissingReport.parse(await response.json());
    const district = COMMUNES.filter((c) => c.districtCode === "213");
    expect(report.dueDate).toBe("2024-06-07");
    expect(report.units.map((u) => u.code)).toEqual(
      district.map((c) => c.code).filter((code) => code !== SONG_MAI && code !== THO_XUONG),
    );
  });

  it("when a day's count is reported without helpers, they default to that day's roster and can be corrected", async () => {
    const visitsPath = `/api/communes/${SONG_MAI}/days/2024-06-12/visits`;
    await server.request(visitsPath, { method: "PUT", token: TEST_ADMIN_TOKEN, json: { visits: 30 } });
    const defaulted = await (await server.request(visitsPath, { token: TEST_ADMIN_TOKEN })).json();
    expect(defaulted.helpers).toEqual([
      { name: "Nguyễn Văn An", role: "Hội viên CCB", unit: "Hội Cựu chiến binh" },
      { name: "Trần Thị Bình", role: "Hội viên CCB", unit: "Hội Cựu chiến binh" },
    ]);
    const corrected = [{ name: "Trần Thị Bình", role: "Hội viên CCB" }];
    await server.request(visitsPath, {
      method: "PUT",
      token: TEST_ADMIN_TOKEN,
      json: { visits: 30, helpers: corrected },
    });
    await server.request(visitsPath, { method: "PUT", token: TEST_ADMIN_TOKEN, json: { visits: 32 } });
    expect((await (await server.request(visitsPath, { token: TEST_ADMIN_TOKEN })).json()).helpers).toEqual(
      corrected,
    );
  });

  it("a district token replaces only its own district, and may not name another district's unit", async () => {
    const foreign = await buildRosterWorkbook([helperRow(DONG_TIEN, "12/06/2024", "Sáng", "Vũ Văn H")]);
    const refused = await putRoster(server, foreign, DISTRICT_213_TOKEN);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.details[0].message).toContain("ngoài phạm vi của mã truy cập này");
    expect(await storedRows()).toBe(3);
    const own = await buildRosterWorkbook([helperRow(SONG_MAI, "14/06/2024", "Sáng", "Vũ Văn H")]);
    expect((await putRoster(server, own, DISTRICT_213_TOKEN)).status).toBe(200);
    const sheets = await readWorkbookText(
      await (await server.request("/api/roster.xlsx", { token: DISTRICT_213_TOKEN })).arrayBuffer(),
    );
    expect(sheets["Người hỗ trợ"]!.slice(1).map((r) => r[5])).toEqual(["Vũ Văn H"]);
    expect(sheets["Lãnh đạo giám sát"]!.slice(1)).toEqual([]);
  });

  it("gives a template with every unit pre-filled, which uploads as an empty roster", async () => {
    const template = await server.request("/api/roster/template.xlsx", { token: TEST_ADMIN_TOKEN });
    const body = await template.arrayBuffer();
    const rows = (await readWorkbookText(body))["Người hỗ trợ"]!;
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(COMMUNES.map((c) => c.code)));
    expect(rows).toHaveLength(1 + COMMUNES.length * 3 * 2);
    const upload = await putRoster(server, Buffer.from(body), TEST_ADMIN_TOKEN, "?district=215");
    expect(await upload.json()).toMatchObject({ districtCode: "215", helpers: 0 });
  });

  it("refuses what is not a spreadsheet: JSON (415) and unreadable bytes (400), storing nothing", async () => {
    const json = await server.request("/api/roster", {
      method: "PUT",
      token: TEST_ADMIN_TOKEN,
      json: { helpers: [] },
    });
    expect(json.status).toBe(415);
    const junk = await putRoster(server, Buffer.from("not a workbook"), TEST_ADMIN_TOKEN);
    expect([junk.status, (await junk.json()).error.code]).toEqual([400, "SPREADSHEET_UNREADABLE"]);
    expect(await storedRows()).toBe(1); // the district upload above left one row
  });
});
