import { z } from "zod";
import { foldVietnamese, lowerFirst, upperFirst } from "../text";
import type { Commune, CommuneType } from "../communes/types";

/** The kinds of commune-level unit a registry may list. */
export const UNIT_KINDS = ["Xã", "Phường", "Thị trấn", "Đặc khu"] as const satisfies readonly CommuneType[];

/** A parent-level unit (huyện, thị xã, thành phố) as a campaign file writes it. */
export const ZParentUnitSpec = z.strictObject({
  code: z.string().regex(/^\d{3}$/, "a parent (district) code is 3 digits"),
  name: z.string().trim().min(1),
  type: z.string().trim().min(1),
});

/** A commune-level unit as a campaign file writes it; `parent` is the parent's code, when there are parents. */
export const ZUnitSpec = z.strictObject({
  code: z.string().regex(/^\d{5}$/, "a unit code is 5 digits"),
  name: z.string().trim().min(1),
  kind: z.enum(UNIT_KINDS),
  parent: z.string().optional(),
});

/** A registry: the units a campaign covers, with an optional parent level (none since July 2025). */
export const ZUnitRegistrySpec = z
  .strictObject({
    /** The province (or city) the units are in, as a heading: "Tỉnh Bắc Giang". */
    area: z.string().trim().min(1).optional(),
    parents: z.array(ZParentUnitSpec).default([]),
    units: z.array(ZUnitSpec).min(1, "a registry needs at least one unit"),
  })
  .superRefine((spec, ctx) => {
    const parentCodes = new Set(spec.parents.map((p) => p.code));
    const seen = new Set<string>();
    spec.units.forEach((unit, i) => {
      const problem = unitProblem(unit, seen, parentCodes);
      if (problem)
        ctx.addIssue({ code: "custom", path: ["units", i, problem.field], message: problem.message });
      seen.add(unit.code);
    });
    if (spec.parents.length !== parentCodes.size)
      ctx.addIssue({ code: "custom", path: ["parents"], message: "two parents have the same code" });
  });
export type UnitRegistrySpec = z.infer<typeof ZUnitRegistrySpec>;

function unitProblem(
  unit: z.infer<typeof ZUnitSpec>,
  seen: ReadonlySet<string>,
  parentCodes: ReadonlySet<string>,
): { field: string; message: string } | null {
  if (seen.has(unit.code)) return { field: "code", message: `unit ${unit.code} is listed twice` };
  if (parentCodes.size === 0 && unit.parent !== undefined)
    return { field: "parent", message: "the registry has no parents; remove parent or list the parents" };
  if (parentCodes.size > 0 && unit.parent === undefined)
    return { field: "parent", message: "the registry has parents: every unit names one" };
  if (unit.parent !== undefined && !parentCodes.has(unit.parent))
    return { field: "parent", message: `no parent with code ${unit.parent}` };
  return null;
}

/** A parent-level unit (district) of a registry. */
export interface ParentUnit {
  code: string;
  name: string;
  type: string;
}

/** A commune-level unit of a registry: one one-stop office, one QR code; no district in a flat registry. */
export type RegistryUnit = Commune;

/** A campaign's units, looked up by code, grouped by parent when there are parents. */
export interface UnitRegistry {
  /** The province (or city) the units are in, as a heading ("Tỉnh Bắc Giang"); null when the file names none. */
  readonly area: string | null;
  readonly units: readonly RegistryUnit[];
  /** Empty for a flat registry. */
  readonly parents: readonly ParentUnit[];
  find(code: string): RegistryUnit | undefined;
  findParent(code: string): ParentUnit | undefined;
  unitsOfParent(parentCode: string): RegistryUnit[];
  /** Units whose name contains the query, ignoring case, diacritics and the kind prefix. */
  search(query: string): RegistryUnit[];
}

/** Build a registry from a checked spec (units keep the file's order). */
export function buildUnitRegistry(spec: UnitRegistrySpec): UnitRegistry {
  const parents: ParentUnit[] = spec.parents.map(({ code, name, type }) => ({ code, name, type }));
  const parentByCode = new Map(parents.map((p) => [p.code, p]));
  const units: RegistryUnit[] = spec.units.map((u) => ({
    code: u.code,
    name: u.name,
    type: u.kind,
    districtCode: u.parent ?? null,
    districtName: u.parent === undefined ? null : (parentByCode.get(u.parent)?.name ?? u.parent),
  }));
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const folded = units.map((unit) => ({ unit, folded: foldVietnamese(unit.name) }));
  return {
    area: spec.area ?? null,
    units,
    parents,
    find: (code) => unitByCode.get(code.trim()),
    findParent: (code) => parentByCode.get(code.trim()),
    unitsOfParent: (parentCode) => units.filter((u) => u.districtCode === parentCode.trim()),
    search(query) {
      const needle = foldVietnamese(query);
      return needle === "" ? [] : folded.filter((f) => f.folded.includes(needle)).map((f) => f.unit);
    },
  };
}

/** Whether the registry has a district (parent) level; none in a flat one, as since July 2025. */
export function hasDistricts(registry: Pick<UnitRegistry, "parents">): boolean {
  return registry.parents.length > 0;
}

/** The registry's area inside a line, after a comma: "tỉnh Bắc Giang" (null when it names none). */
export function areaInLine(registry: Pick<UnitRegistry, "area">): string | null {
  const area = registry.area;
  return area === null ? null : lowerFirst(area);
}

/** Where a unit is, in one line: "Huyện Yên Thế, tỉnh Bắc Giang"; the parts a registry has, or "". */
export function unitPlaceLine(unit: RegistryUnit, registry: Pick<UnitRegistry, "area">): string {
  return [unit.districtName, areaInLine(registry)].filter((part) => part !== null).join(", ");
}

/**
 * The registry's area as a comparison names it: its kind ("Tỉnh" for Tỉnh Bắc Giang, "Thành phố" for Thành phố
 * Huế), the whole name for another kind; null when the registry names no area.
 */
export function areaKind(registry: Pick<UnitRegistry, "area">): string | null {
  const area = registry.area;
  if (area === null) return null;
  return ["Tỉnh", "Thành phố"].find((kind) => area.startsWith(`${kind} `)) ?? area;
}

/**
 * The whole of a registry's units inside a sentence: "toàn tỉnh" (Tỉnh Bắc Giang), "toàn thành phố" (Thành phố
 * Huế), "toàn đặc khu Côn Đảo" for another kind; "toàn đợt khảo sát" when the registry names no area.
 */
export function wholeAreaPhrase(registry: Pick<UnitRegistry, "area">): string {
  const kind = areaKind(registry);
  if (kind === null) return "toàn đợt khảo sát";
  return `toàn ${lowerFirst(kind)}`;
}

/** The same, heading a line or a cell: "Toàn tỉnh", "Toàn đợt khảo sát". */
export function wholeAreaTitle(registry: Pick<UnitRegistry, "area">): string {
  return upperFirst(wholeAreaPhrase(registry));
}
