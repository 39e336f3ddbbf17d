import { DISTRICTS, type Commune, type District } from "@pks02/shared";

/** One district and its selected communes, in code order. */
export interface DistrictGroup {
  district: District;
  communes: readonly Commune[];
}

/** A line of the printed list: a district heading (repeated, "continued", after a page break) or a commune. */
export type ListLine =
  | { type: "district"; district: District; continued: boolean }
  | { type: "commune"; commune: Commune; ordinal: number };

/** Heights in points of what a list page holds. */
export interface ListPageMetrics {
  bodyHeight: number;
  headingHeight: number;
  rowHeight: number;
}

/** The communes grouped by district, districts in registry order, empty districts left out. */
export function groupByDistrict(communes: readonly Commune[]): DistrictGroup[] {
  return DISTRICTS.map((district) => ({
    district,
    communes: communes
      .filter((c) => c.districtCode === district.code)
      .sort((a, b) => a.code.localeCompare(b.code)),
  })).filter((group) => group.communes.length > 0);
}

/**
 * Split the list into pages: a heading is never the last line of a page, and a district that runs onto
 * the next page gets its heading again. Ordinals count communes across the whole list, from 1.
 */
export function paginateList(groups: readonly DistrictGroup[], metrics: ListPageMetrics): ListLine[][] {
  const pages: ListLine[][] = [[]];
  let used = 0;
  let ordinal = 0;
  const place = (line: ListLine, height: number) => {
    pages[pages.length - 1]!.push(line);
    used += height;
  };
  const startPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const { district, communes } of groups) {
    if (used > 0 && used + metrics.headingHeight + metrics.rowHeight > metrics.bodyHeight) startPage();
    place({ type: "district", district, continued: false }, metrics.headingHeight);
    for (const commune of communes) {
      if (used + metrics.rowHeight > metrics.bodyHeight) {
        startPage();
        place({ type: "district", district, continued: true }, metrics.headingHeight);
      }
      place({ type: "commune", commune, ordinal: ++ordinal }, metrics.rowHeight);
    }
  }
  return pages;
}
