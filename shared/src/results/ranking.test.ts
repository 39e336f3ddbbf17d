import { rankCommunes, type RankingInput } from "./ranking";

const entry = (
  communeCode: string,
  responses: number,
  index: number | null,
  low = 0,
  high = 0,
): RankingInput => ({
  communeCode,
  communeName: `Xã ${communeCode}`,
  districtCode: "213",
  districtName: "Huyện Lục Ngạn",
  responses,
  index,
  interval: index === null ? null : { low, high },
  reference: false,
});

describe("rankCommunes", () => {
  const ranking = rankCommunes([
    entry("00005", 40, 0.6, 0.5, 0.69),
    entry("00002", 25, 0.8, 0.72, 0.88),
    entry("00007", 100, null),
    entry("00001", 30, 0.8, 0.7, 0.9),
    entry("00006", 19, 0.95, 0.8, 0.99),
    entry("00004", 20, 0.55, 0.45, 0.65),
    entry("00003", 60, 0.3, 0.2, 0.4),
  ]);
  const rows = ranking.map((e) => [e.communeCode, e.status, e.rank, e.band]);

  it("ranks by the index, ties share a rank, overlapping intervals share a band", () => {
    expect(rows).toEqual([
      ["00001", "ranked", 1, 1],
      ["00002", "ranked", 1, 1], // tie with 00001, ordered by code
      ["00005", "ranked", 3, 2], // 0.69 < 0.72: clear of the one above
      ["00004", "ranked", 4, 2], // overlaps 00005
      ["00003", "ranked", 5, 3],
      ["00006", "insufficient_sample", null, null], // 19 < 20, however high its index
      ["00007", "no_data", null, null],
    ]);
  });

  it("the minimum sample is configurable", () => {
    const strict = rankCommunes(
      [entry("00001", 30, 0.8, 0.7, 0.9), entry("00004", 20, 0.55, 0.45, 0.65)],
      25,
    );
    expect(strict.map((e) => e.status)).toEqual(["ranked", "insufficient_sample"]);
  });
});
