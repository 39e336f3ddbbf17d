import { findCommune } from "../communes/registry";
import type { Commune } from "../communes/types";
import { communesWithPhoto, missingVisitDays, progressOver, type ProgressData } from "./commune-days";

const commune = (code: string): Commune => findCommune(code)!;
const DAYS = ["2024-06-12", "2024-06-13"];

// Song Mai reported both days; Thọ Xương only the first (and sent a photo); Trần Nguyên Hãn nothing at all.
const DATA: ProgressData = {
  dates: DAYS,
  communes: [commune("07222"), commune("07201"), commune("07204")],
  days: [
    { communeCode: "07222", date: "2024-06-12", responses: 6, unverifiedResponses: 0, visits: 10, photos: 0 },
    { communeCode: "07222", date: "2024-06-13", responses: 4, unverifiedResponses: 1, visits: 10, photos: 2 },
    { communeCode: "07201", date: "2024-06-12", responses: 2, unverifiedResponses: 2, visits: 30, photos: 1 },
    {
      communeCode: "07201",
      date: "2024-06-13",
      responses: 5,
      unverifiedResponses: 0,
      visits: null,
      photos: 0,
    },
  ],
};

describe("progressOver", () => {
  it("adds each commune's days: responses, the reported visits, and visits only when every day is reported", () => {
    const report = progressOver(DATA);
    const [songMai, thoXuong, tranNguyenHan] = report.communes;
    expect(songMai).toMatchObject({
      code: "07222",
      responses: 10,
      unverifiedResponses: 1,
      visits: 20,
      visitsReported: 20,
      daysReported: 2,
    });
    expect(songMai!.quota.status).toBe("ok"); // 10 of 20 visits: exactly the 50 % lower bound
    expect(thoXuong).toMatchObject({ responses: 7, visits: null, visitsReported: 30, daysReported: 1 });
    expect(thoXuong!.quota.status).toBe("missing_visits");
    expect(tranNguyenHan).toMatchObject({ responses: 0, visits: null, visitsReported: 0, daysReported: 0 });
    expect(report.province).toMatchObject({
      communes: 3,
      responses: 17,
      unverifiedResponses: 3,
      visits: 50,
      communesOk: 1,
    });
  });

  it("over one day counts that day alone", () => {
    const report = progressOver(DATA, ["2024-06-12"]);
    expect(report.dates).toEqual(["2024-06-12"]);
    expect(report.communes[1]).toMatchObject({ code: "07201", responses: 2, visits: 30 });
    expect(report.communes[1]!.quota).toMatchObject({ status: "too_few", missing: 13 });
  });
});

describe("missingVisitDays and communesWithPhoto", () => {
  it("names, per commune, the days without a visitor count, and leaves out communes missing none", () => {
    expect(missingVisitDays(DATA)).toEqual(
      new Map([
        ["07201", ["2024-06-13"]],
        ["07204", DAYS],
      ]),
    );
  });

  it("lists the communes that sent a photo on a day", () => {
    expect(communesWithPhoto(DATA, "2024-06-12")).toEqual(new Set(["07201"]));
    expect(communesWithPhoto(DATA, "2024-06-13")).toEqual(new Set(["07222"]));
  });
});
