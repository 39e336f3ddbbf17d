import { communeFigures } from "../group-bot/test-figures";
import { summariseProgress } from "./summarise";

describe("summariseProgress", () => {
  it("adds each commune to its district and to the province by its quota status, districts in the order their communes come", () => {
    const communes = [
      communeFigures("07243", 1, null), // Xã Đồng Tiến, Yên Thế (215): no visit count
      communeFigures("07222", 3, 20, 1, 2), // Xã Song Mai, Thành phố Bắc Giang (213): too few, 2 device ids
      communeFigures("07201", 10, 20), // Phường Thọ Xương, 213: ok
      communeFigures("07204", 4, 2), // Phường Trần Nguyên Hãn, 213: too many
    ];
    const report = summariseProgress(["2024-06-12"], communes);
    expect(report.dates).toEqual(["2024-06-12"]);
    expect(report.communes).toBe(communes);
    expect(report.districts).toEqual([
      {
        code: "215",
        name: communes[0]!.districtName,
        communes: 1,
        responses: 1,
        unverifiedResponses: 0,
        visits: 0,
        communesOk: 0,
        communesTooFew: 0,
        communesTooMany: 0,
        communesMissingVisits: 1,
      },
      {
        code: "213",
        name: communes[1]!.districtName,
        communes: 3,
        responses: 17,
        unverifiedResponses: 2,
        visits: 42,
        communesOk: 1,
        communesTooFew: 1,
        communesTooMany: 1,
        communesMissingVisits: 0,
      },
    ]);
    expect(report.province).toEqual({
      communes: 4,
      responses: 18,
      unverifiedResponses: 2,
      visits: 42,
      communesOk: 1,
      communesTooFew: 1,
      communesTooMany: 1,
      communesMissingVisits: 1,
    });
  });

  it("gives no districts and zero totals for no communes", () => {
    const report = summariseProgress([], []);
    expect(report.districts).toEqual([]);
    expect(report.province).toEqual({
      communes: 0,
      responses: 0,
      unverifiedResponses: 0,
      visits: 0,
      communesOk: 0,
      communesTooFew: 0,
      communesTooMany: 0,
      communesMissingVisits: 0,
    });
  });
});
