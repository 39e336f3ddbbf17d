import type { Commune, UnitRegistry } from "@pks02/shared";

/** Which units of the campaign to print: all of them, a list of codes, or one district's. */
export type CommuneSelection =
  | { type: "all" }
  | { type: "codes"; communeCodes: readonly string[] }
  | { type: "district"; districtCode: string };

export type SelectionResult = { ok: true; communes: readonly Commune[] } | { ok: false; message: string };

/**
 * The units of the campaign's registry a selection names, in registry order; an unknown code is an error, never
 * skipped, because a missing poster is only noticed at the one-stop office.
 */
export function selectCommunes(registry: UnitRegistry, selection: CommuneSelection): SelectionResult {
  switch (selection.type) {
    case "all":
      return { ok: true, communes: registry.units };
    case "codes":
      return selectByCodes(registry, selection.communeCodes);
    case "district":
      return selectByDistrict(registry, selection.districtCode);
    default: {
      const unreachable: never = selection;
      return unreachable;
    }
  }
}

function selectByCodes(registry: UnitRegistry, communeCodes: readonly string[]): SelectionResult {
  const unknownCodes = communeCodes.filter((code) => registry.find(code) === undefined);
  if (unknownCodes.length > 0) {
    return {
      ok: false,
      message: `Không có xã/phường/thị trấn mang mã: ${unknownCodes.join(", ")} trong đợt khảo sát này (--communes). Không tạo tệp nào.`,
    };
  }
  const wanted = new Set(communeCodes);
  return { ok: true, communes: registry.units.filter((commune) => wanted.has(commune.code)) };
}

function selectByDistrict(registry: UnitRegistry, districtCode: string): SelectionResult {
  if (registry.parents.length === 0) {
    return {
      ok: false,
      message:
        "Đợt khảo sát này không chia theo huyện (các xã, phường trực thuộc tỉnh): dùng --communes hoặc bỏ --district. Không tạo tệp nào.",
    };
  }
  if (registry.findParent(districtCode) === undefined) {
    return {
      ok: false,
      message: `Không có huyện/thị xã/thành phố mang mã: ${districtCode} (--district). Không tạo tệp nào.`,
    };
  }
  return { ok: true, communes: registry.unitsOfParent(districtCode) };
}
