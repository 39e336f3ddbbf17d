import { DEFAULT_SURVEY_WINDOW } from "../window/window";
import { HELPER_COLUMNS, SUPERVISOR_COLUMNS, type CellValue, type RosterSheets } from "./layout";
import { parseRosterSheets } from "./parse-roster";

const province = { window: DEFAULT_SURVEY_WINDOW, districtCode: null };
const sheetsOf = (helpers: CellValue[][], supervisors: CellValue[][] = []): RosterSheets => ({
  helpers: [[...HELPER_COLUMNS], ...helpers].map((cells, i) => ({ row: i + 1, cells })),
  supervisors: [[...SUPERVISOR_COLUMNS], ...supervisors].map((cells, i) => ({ row: i + 1, cells })),
});
const helperRow = (overrides: Record<number, CellValue> = {}): CellValue[] => {
  const row: CellValue[] = ["07222", "Xã Song Mai", "Thành phố Bắc Giang", "12/06/2024", "Sáng"];
  row.push("Nguyễn Văn An", "Hội viên CCB", "Hội CCB xã Song Mai", "0912 345 678");
  for (const [index, value] of Object.entries(overrides)) row[Number(index)] = value;
  return row;
};

describe("parseRosterSheets", () => {
  it("reads helpers and supervisors, normalising codes, dates, shifts and phones typed loosely", () => {
    const result = parseRosterSheets(
      sheetsOf(
        [helperRow({ 0: 7222, 3: new Date("2024-06-13T00:00:00Z"), 4: "chieu", 8: 912345678 })],
        [["Trần Thị Bình", "Phó Chủ tịch", "UBND TP Bắc Giang", "213, 07243", "12/6/2024"]],
      ),
      province,
    );
    expect(result).toEqual({
      ok: true,
      roster: {
        helpers: [
          {
            communeCode: "07222",
            date: "2024-06-13",
            shift: "afternoon",
            name: "Nguyễn Văn An",
            role: "Hội viên CCB",
            unit: "Hội CCB xã Song Mai",
            phone: "0912345678",
          },
        ],
        supervisors: [
          {
            name: "Trần Thị Bình",
            title: "Phó Chủ tịch",
            unit: "UBND TP Bắc Giang",
            scope: ["213", "07243"],
            days: ["2024-06-12"],
          },
        ],
      },
    });
  });

  it("skips the template's rows where nobody was entered", () => {
    const result = parseRosterSheets(
      sheetsOf([helperRow({ 5: "", 6: "", 7: "", 8: "" }), helperRow()]),
      province,
    );
    expect(result.ok && result.roster.helpers.map((h) => h.name)).toEqual(["Nguyễn Văn An"]);
  });

  it("reports every bad row by its spreadsheet row number, in Vietnamese", () => {
    const result = parseRosterSheets(
      sheetsOf([
        helperRow(),
        helperRow({ 0: "99999" }),
        helperRow({ 5: "" }),
        helperRow({ 3: "20/06/2024" }),
        helperRow({ 4: "Cả ngày" }),
        helperRow({ 8: "12ab" }),
      ]),
      province,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.row, e.message])).toEqual([
      [3, "Mã đơn vị 99999 không có trong danh sách 209 xã, phường, thị trấn"],
      [4, "Thiếu họ và tên"],
      [5, "Ngày 20/06/2024 ngoài thời gian khảo sát (12/06/2024 – 14/06/2024)"],
      [6, "Trùng với dòng 2: Nguyễn Văn An đã có lịch tại đơn vị này ngày 12/06/2024, buổi cả ngày"],
      [7, 'Số điện thoại "12ab" không hợp lệ'],
    ]);
  });

  it("refuses a district's upload naming another district's commune or district", () => {
    const result = parseRosterSheets(
      sheetsOf([helperRow({ 0: "07243" })], [["Lê Văn C", "Trưởng ban", "Huyện ủy", "215", ""]]),
      { window: DEFAULT_SURVEY_WINDOW, districtCode: "213" },
    );
    expect(!result.ok && result.errors.map((e) => [e.sheet, e.row])).toEqual([
      ["Người hỗ trợ", 2],
      ["Lãnh đạo giám sát", 2],
    ]);
    expect(!result.ok && result.errors[0]?.message).toContain("ngoài phạm vi của mã truy cập này");
  });

  it("says which column of the header row is not the template's", () => {
    const sheets = sheetsOf([]);
    sheets.helpers![0]!.cells[5] = "Tên";
    const result = parseRosterSheets(sheets, province);
    expect(!result.ok && result.errors).toEqual([
      { sheet: "Người hỗ trợ", row: 1, message: 'Dòng tiêu đề không đúng mẫu: cột F phải là "Họ và tên"' },
    ]);
  });
});
