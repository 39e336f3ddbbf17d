import { evaluateQuota, type CommuneProgress } from "@pks02/shared";
import { ZCommuneTableQuery, selectCommunes } from "./commune-table";

function commune(code: string, name: string, responses: number, visits: number | null): CommuneProgress {
  return {
    code,
    name,
    districtCode: "213",
    districtName: "Thành phố Bắc Giang",
    responses,
    unverifiedResponses: 0,
    visits,
    visitsReported: visits ?? 0,
    daysReported: visits === null ? 0 : 1,
    quota: evaluateQuota({ visits, responses, days: 1 }),
  };
}

const COMMUNES = [
  commune("07222", "Xã Song Mai", 12, 20), // ok: 10..30
  commune("07201", "Phường Thọ Xương", 2, 20), // too few
  commune("07204", "Phường Đa Mai", 0, null), // missing visits
  commune("07210", "Xã Đồng Sơn", 40, 20), // too many
];
const query = (input: Record<string, string>) => ZCommuneTableQuery.parse(input);
const codes = (list: CommuneProgress[]) => list.map((c) => c.code);

describe("the district page's communes table", () => {
  it("sorts by name in Vietnamese order by default", () => {
    expect(codes(selectCommunes(COMMUNES, query({})))).toEqual(["07204", "07201", "07210", "07222"]);
  });

  it("sorts by responses, most first when descending", () => {
    expect(codes(selectCommunes(COMMUNES, query({ "sap-xep": "phieu", chieu: "giam" })))).toEqual([
      "07210",
      "07222",
      "07201",
      "07204",
    ]);
  });

  it("sorts by status with the communes to act on first", () => {
    expect(codes(selectCommunes(COMMUNES, query({ "sap-xep": "trang-thai" })))).toEqual([
      "07204",
      "07201",
      "07210",
      "07222",
    ]);
  });

  it("filters by status and by a name typed without diacritics", () => {
    expect(codes(selectCommunes(COMMUNES, query({ "trang-thai": "too_few" })))).toEqual(["07201"]);
    expect(codes(selectCommunes(COMMUNES, query({ tim: "dong son" })))).toEqual(["07210"]);
    expect(codes(selectCommunes(COMMUNES, query({ tim: "0722" })))).toEqual(["07222"]);
  });

  it("refuses an unknown sort column or parameter", () => {
    expect(ZCommuneTableQuery.safeParse({ "sap-xep": "x" }).success).toBe(false);
    expect(ZCommuneTableQuery.safeParse({ page: "2" }).success).toBe(false);
  });
});
