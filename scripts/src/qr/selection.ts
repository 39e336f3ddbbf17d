import { COMMUNES, communesOfDistrict, findCommune, findDistrict, type Commune } from "@pks02/shared";

/** Which communes to print: all 209, a list of codes, or one district. */
export type CommuneSelection =
  | { type: "all" }
  | { type: "codes"; communeCodes: readonly string[] }
  | { type: "district"; districtCode: string };

export type SelectionResult = { ok: true; communes: readonly Commune[] } | { ok: false; message: string };

/**
 * The communes a selection names, in registry order; an unknown code is an error, never skipped,
 * because a missing poster is only noticed at the one-stop office.
 */
export function selectCommunes(selection: CommuneSelection): SelectionResult {
  switch (selection.type) {
    case "all":
      return { ok: true, communes: COMMUNES };
    case "codes":
      return selectByCodes(selection.communeCodes);
    case "district":
      return selectByDistrict(selection.districtCode);
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}

function selectByCodes(communeCodes: readonly string[]): SelectionResult {
  const unknownCodes = communeCodes.filter((code) => findCommune(code) === undefined);
  if (unknownCodes.length > 0) {
    return {
      ok: false,
      message: `Không có xã/phường/thị trấn mang mã: ${unknownCodes.join(", ")} (--communes). Không tạo tệp nào.`,
    };
  }
  const wanted = new Set(communeCodes);
  return { ok: true, communes: COMMUNES.filter((commune) => wanted.has(commune.code)) };
}

function selectByDistrict(districtCode: string): SelectionResult {
  if (findDistrict(districtCode) === undefined) {
    return {
      ok: false,
      message: `Không có huyện/thị xã/thành phố mang mã: ${districtCode} (--district). Không tạo tệp nào.`,
    };
  }
  return { ok: true, communes: communesOfDistrict(districtCode) };
}
