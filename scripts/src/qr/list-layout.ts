import type { Commune } from "@pks02/shared";

/** A district as the list names it in a heading. */
export interface ListDistrict {
  code: string;
  name: string;
}

/** One district and its selected communes, in code order; `district` is null for a registry without districts. */
export interface DistrictGroup {
  district: ListDistrict | null;
  communes: readonly Commune[];
}

/** A line of the printed list: a district heading (repeated, "continued", after a page break) or a commune. */
export type ListLine =
  | { type: "district"; district: ListDistrict; continued: boolean }
  | { type: "commune"; commune: Commune; ordinal: number };

/** Heights in points of what a list page holds. */
export interface ListPageMetrics {
  bodyHeight: number;
  headingHeight: number;
  rowHeight: number;
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/**
 * The communes grouped by district, districts and communes in code order (the official codes' order), empty
 * districts left out; units without a district (a registry of province → commune) make one group without a heading.
 */
export function groupByDistrict(communes: readonly Commune[]): DistrictGroup[] {
  const groups = new Map<string | null, { district: ListDistrict | null; communes: Commune[] }>();
  for (const commune of communes) {
    const key = commune.districtCode;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        district: key === null ? null : { code: key, name: commune.districtName ?? key },
        communes: [],
      };
      groups.set(key, group);
    }
    group.communes.push(commune);
  }
  return [...groups.values()]
    .sort((a, b) => (a.district?.code ?? "").localeCompare(b.district?.code ?? ""))
    .map((group) => ({ district: group.district, communes: group.communes.sort(byCode) }));
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
    const heading = district === null ? 0 : metrics.headingHeight;
    if (used > 0 && used + heading + metrics.rowHeight > metrics.bodyHeight) startPage();
    if (district !== null) place({ type: "district", district, continued: false }, heading);
    for (const commune of communes) {
      if (used + metrics.rowHeight > metrics.bodyHeight) {
        startPage();
        if (district !== null) place({ type: "district", district, continued: true }, heading);
      }
      place({ type: "commune", commune, ordinal: ++ordinal }, metrics.rowHeight);
    }
  }
  return pages;
}
