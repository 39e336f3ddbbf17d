import { commendationCandidates, topHelpers, type ImplementationDay } from "./commendation";

const day = (communeCode: string, d: number, fields: Partial<ImplementationDay>): ImplementationDay => ({
  communeCode,
  day: `2024-06-1${d}`,
  responses: 0,
  visits: null,
  photos: 0,
  helpers: 0,
  ...fields,
});
const full = { visits: 20, responses: 15, photos: 1, helpers: 2 };
const communes = ["00001", "00002", "00003", "00004", "00005", "00006", "00007"].map((code) => ({
  code,
  name: `Xã ${code}`,
  districtName: "Huyện Yên Dũng",
}));

describe("commendationCandidates", () => {
  const days: ImplementationDay[] = [
    // 00001: everything on all 3 days → 1.0
    ...[2, 3, 4].map((d) => day("00001", d, full)),
    // 00002: everything, but quota missed on day 4 (5 of 20 visits) → 1 − 0.4/3 = 0.8667
    day("00002", 2, full),
    day("00002", 3, full),
    day("00002", 4, { ...full, responses: 5 }),
    // 00003: the same score as 00002 with more responses → ranked above it
    day("00003", 2, full),
    day("00003", 3, full),
    day("00003", 4, { ...full, responses: 40 }),
    // 00004: counts and photos every day, never a helper list, quota met → 0.8
    ...[2, 3, 4].map((d) => day("00004", d, { ...full, helpers: 0 })),
    // 00005: only photos on 3 days → 0.2
    ...[2, 3, 4].map((d) => day("00005", d, { photos: 2 })),
    // 00006: one full day → 1/3
    day("00006", 2, full),
  ];

  it("orders by the weighted share of days, then responses, and keeps the five best", () => {
    const candidates = commendationCandidates(communes, days, 3);
    expect(candidates.map((c) => [c.communeCode, Number(c.score.toFixed(4))])).toEqual([
      ["00001", 1],
      ["00003", 0.8667],
      ["00002", 0.8667],
      ["00004", 0.8],
      ["00006", 0.3333],
    ]);
    expect(candidates[1]!.reasons[0]).toBe("Đạt định mức phiếu 2/3 ngày");
  });

  it("takes other weights and counts", () => {
    const photosOnly = { quota: 0, visits: 0, photos: 1, helpers: 0 };
    const candidates = commendationCandidates(communes, days, 3, { weights: photosOnly, count: 3 });
    // Five communes sent photos on 3 days; more responses first: 00003 (70), 00001 (45), 00004 (45).
    expect(candidates.map((c) => c.communeCode)).toEqual(["00003", "00001", "00004"]);
  });
});

describe("topHelpers", () => {
  const h = (name: string, d: number, communeCode = "00001") => ({
    communeCode,
    communeName: `Xã ${communeCode}`,
    day: `2024-06-1${d}`,
    name,
    role: "Hội Cựu chiến binh",
  });

  it("counts distinct days per person and commune, keeps ties at the cut", () => {
    const helpers = topHelpers(
      [
        h("Nguyễn Văn An", 2),
        h("nguyễn  văn an", 3),
        h("Nguyễn Văn An", 3),
        h("Trần Thị Bình", 2),
        h("Lê Văn Cường", 4),
        h("Nguyễn Văn An", 2, "00002"),
      ],
      2,
    );
    expect(helpers.map((p) => [p.name, p.communeCode, p.days])).toEqual([
      ["Nguyễn Văn An", "00001", 2],
      ["Lê Văn Cường", "00001", 1],
      ["Nguyễn Văn An", "00002", 1],
      ["Trần Thị Bình", "00001", 1],
    ]);
  });
});
