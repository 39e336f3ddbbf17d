import { COMMUNES, DISTRICTS, findCommune } from "@pks02/shared";
import { groupByDistrict, paginateList, type ListLine } from "./list-layout";

const metrics = { bodyHeight: 100, headingHeight: 10, rowHeight: 20 };
const heightOf = (line: ListLine) => (line.type === "district" ? metrics.headingHeight : metrics.rowHeight);

describe("groupByDistrict", () => {
  it("puts all 209 communes under the 10 districts, each in code order", () => {
    const groups = groupByDistrict(COMMUNES);
    expect(groups.map((g) => g.district?.code)).toEqual(DISTRICTS.map((d) => d.code));
    expect(groups.flatMap((g) => g.communes)).toHaveLength(209);
    expect(groups[0]!.communes.map((c) => c.code)).toContain("07441");
  });

  it("leaves out districts with no selected commune", () => {
    const groups = groupByDistrict([findCommune("07525")!, findCommune("07201")!]);
    expect(groups.map((g) => [g.district?.code, g.communes.map((c) => c.code)])).toEqual([
      ["213", ["07201"]],
      ["219", ["07525"]],
    ]);
  });
});

describe("paginateList", () => {
  const pages = paginateList(groupByDistrict(COMMUNES), metrics);

  it("numbers all communes once, from 1", () => {
    const ordinals = pages.flat().flatMap((line) => (line.type === "commune" ? [line.ordinal] : []));
    expect(ordinals).toEqual(Array.from({ length: 209 }, (_, index) => index + 1));
  });

  it("fills no page beyond its height and never ends a page with a heading", () => {
    for (const page of pages) {
      expect(page.reduce((sum, line) => sum + heightOf(line), 0)).toBeLessThanOrEqual(metrics.bodyHeight);
      expect(page.at(-1)?.type).toBe("commune");
    }
  });

  it("repeats the district heading, marked continued, on a page that starts mid-district", () => {
    for (const page of pages.slice(1)) expect(page[0]?.type).toBe("district");
    expect(pages[1]![0]).toMatchObject({ type: "district", continued: true, district: { code: "213" } });
  });
});
