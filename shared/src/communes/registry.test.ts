import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  COMMUNES,
  DISTRICTS,
  communesOfDistrict,
  findCommune,
  findDistrict,
  searchCommunes,
} from "./registry";

function readCsv() {
  const text = readFileSync(join(__dirname, "../../data/bac-giang-communes-2024.csv"), "utf8");
  return text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
}

describe("commune registry", () => {
  it("has exactly 209 communes in 10 districts", () => {
    expect(COMMUNES).toHaveLength(209);
    expect(DISTRICTS).toHaveLength(10);
    expect(new Set(COMMUNES.map((c) => c.code)).size).toBe(209);
  });

  it("matches the CSV row for row: codes, names, types and districts", () => {
    const rows = readCsv();
    expect(rows).toHaveLength(209);
    rows.forEach(([code, name, type, districtCode, districtName], i) => {
      expect(COMMUNES[i]).toEqual({ code, name, type, districtCode, districtName });
    });
  });

  it("counts the communes of each district as the sources do", () => {
    const counts = Object.fromEntries(DISTRICTS.map((d) => [d.code, communesOfDistrict(d.code).length]));
    expect(counts).toEqual({
      "213": 16,
      "215": 19,
      "216": 22,
      "217": 21,
      "218": 25,
      "219": 29,
      "220": 17,
      "221": 18,
      "222": 17,
      "223": 25,
    });
  });

  it("finds a commune and a district by code", () => {
    expect(findCommune("07201")).toMatchObject({
      name: "Phường Thọ Xương",
      districtName: "Thành phố Bắc Giang",
    });
    expect(findCommune("99999")).toBeUndefined();
    expect(findDistrict("222")?.name).toBe("Thị xã Việt Yên");
    expect(findDistrict("214")).toBeUndefined();
    expect(communesOfDistrict("214")).toEqual([]);
  });

  it("searches names without diacritics or case", () => {
    expect(searchCommunes("song mai").map((c) => c.name)).toEqual(["Xã Song Mai"]);
    expect(searchCommunes("DĨNH TRÌ").map((c) => c.code)).toEqual(["07441"]);
    expect(searchCommunes("dinh tri").map((c) => c.code)).toEqual(["07441"]);
    expect(searchCommunes("   ")).toEqual([]);
  });

  it("keeps every name NFC-normalised", () => {
    for (const c of COMMUNES) expect(c.name).toBe(c.name.normalize("NFC"));
  });
});
