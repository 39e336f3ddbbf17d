import { COMMUNES, communesOfDistrict, findCommune } from "../communes/registry";
import type { Commune } from "../communes/types";

/** Whose data: the whole province, one district's communes, or one commune. */
export type Scope =
  | { kind: "province" }
  | { kind: "district"; districtCode: string }
  | { kind: "commune"; communeCode: string };

export const PROVINCE: Scope = { kind: "province" };

/** Whether a commune is inside a scope (a district token's, a group member's). */
export function inScope(scope: Scope, commune: Commune): boolean {
  switch (scope.kind) {
    case "province":
      return true;
    case "district":
      return commune.districtCode === scope.districtCode;
    case "commune":
      return commune.code === scope.communeCode;
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** The communes of a scope, in registry order (none for an unknown code). */
export function communesIn(scope: Scope): readonly Commune[] {
  switch (scope.kind) {
    case "province":
      return COMMUNES;
    case "district":
      return communesOfDistrict(scope.districtCode);
    case "commune": {
      const commune = findCommune(scope.communeCode);
      return commune ? [commune] : [];
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}
