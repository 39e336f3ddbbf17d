import type { Commune } from "../communes/types";
import type { UnitRegistry } from "../campaigns/units";

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

/** The communes of a scope in a campaign's registry, in registry order (none for an unknown code). */
export function communesIn(scope: Scope, registry: UnitRegistry): readonly Commune[] {
  switch (scope.kind) {
    case "province":
      return registry.units;
    case "district":
      return registry.unitsOfParent(scope.districtCode);
    case "commune": {
      const commune = registry.find(scope.communeCode);
      return commune ? [commune] : [];
    }
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}
