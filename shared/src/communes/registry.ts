import { COMMUNE_ROWS, DISTRICT_ROWS } from "./registry-data";
import type { DistrictCommune, District } from "./types";
import { foldVietnamese } from "../text";

/** The 10 district-level units of Bắc Giang, by code. */
export const DISTRICTS: readonly District[] = DISTRICT_ROWS.map(([code, name, type]) => ({
  code,
  name,
  type,
}));

const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));

/** The 209 commune-level units of Bắc Giang as of June 2024, sorted by code. */
export const COMMUNES: readonly DistrictCommune[] = COMMUNE_ROWS.map(([code, name, type, districtCode]) => ({
  code,
  name,
  type,
  districtCode,
  districtName: districtByCode.get(districtCode)?.name ?? districtCode,
}));

const communeByCode = new Map(COMMUNES.map((c) => [c.code, c]));
const foldedNames = COMMUNES.map((c) => ({ commune: c, folded: foldVietnamese(c.name) }));

/** The commune with this 5-digit code, or undefined. */
export function findCommune(code: string): DistrictCommune | undefined {
  return communeByCode.get(code.trim());
}

/** The district with this 3-digit code, or undefined. */
export function findDistrict(code: string): District | undefined {
  return districtByCode.get(code.trim());
}

/** The communes of one district, in code order (empty for an unknown district). */
export function communesOfDistrict(districtCode: string): DistrictCommune[] {
  return COMMUNES.filter((c) => c.districtCode === districtCode.trim());
}

/**
 * Communes whose name contains the query, ignoring case, diacritics and the type prefix:
 * "song mai" finds "Xã Song Mai"; "dinh tri" finds "Xã Dĩnh Trì".
 */
export function searchCommunes(query: string): DistrictCommune[] {
  const folded = foldVietnamese(query);
  if (folded === "") return [];
  return foldedNames.filter((entry) => entry.folded.includes(folded)).map((entry) => entry.commune);
}
