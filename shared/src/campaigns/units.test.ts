import {
  ZUnitRegistrySpec,
  buildUnitRegistry,
  unitPlaceLine,
  areaKind,
  wholeAreaPhrase,
  wholeAreaTitle,
} from "./units";
import { BAC_GIANG_2024_REGISTRY } from "./builtins";

const flat = {
  units: [
    { code: "99001", name: "Phường Mẫu An", kind: "Phường" },
    { code: "99002", name: "Xã Mẫu Bình", kind: "Xã" },
  ],
};

function problemOf(spec: unknown): string {
  const parsed = ZUnitRegistrySpec.safeParse(spec);
  if (parsed.success) return "valid";
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}

describe("a unit registry", () => {
  it("without parents is valid, and its units have no district", () => {
    const registry = buildUnitRegistry(ZUnitRegistrySpec.parse(flat));
    expect(registry.parents).toEqual([]);
    expect(registry.find("99002")).toEqual({
      code: "99002",
      name: "Xã Mẫu Bình",
      type: "Xã",
      districtCode: null,
      districtName: null,
    });
    expect(registry.search("mau binh").map((u) => u.code)).toEqual(["99002"]);
  });

  it("with parents names each unit's parent", () => {
    expect(BAC_GIANG_2024_REGISTRY.units).toHaveLength(209);
    expect(BAC_GIANG_2024_REGISTRY.find("07441")).toMatchObject({
      districtCode: "213",
      districtName: "Thành phố Bắc Giang",
    });
    expect(BAC_GIANG_2024_REGISTRY.unitsOfParent("220")).toHaveLength(17);
  });

  it.each([
    [
      "a unit listed twice",
      { units: [flat.units[0], flat.units[0]] },
      "units.1.code: unit 99001 is listed twice",
    ],
    [
      "a parent in a flat registry",
      { units: [{ ...flat.units[0], parent: "213" }] },
      "units.0.parent: the registry has no parents; remove parent or list the parents",
    ],
    [
      "a unit without its parent when there are parents",
      { parents: [{ code: "213", name: "Thành phố Bắc Giang", type: "Thành phố" }], units: flat.units },
      "units.0.parent: the registry has parents: every unit names one",
    ],
    [
      "an unknown parent",
      {
        parents: [{ code: "213", name: "Thành phố Bắc Giang", type: "Thành phố" }],
        units: [{ ...flat.units[0], parent: "215" }],
      },
      "units.0.parent: no parent with code 215",
    ],
    [
      "a code of 4 digits",
      { units: [{ ...flat.units[0], code: "9901" }] },
      "units.0.code: a unit code is 5 digits",
    ],
    ["no units", { units: [] }, "units: a registry needs at least one unit"],
  ])("refuses %s", (_name, spec, problem) => {
    expect(problemOf(spec)).toBe(problem);
  });
});

describe("unitPlaceLine", () => {
  it("names the district and the registry's area inside a line, or what of them there is", () => {
    expect(unitPlaceLine(BAC_GIANG_2024_REGISTRY.find("07441")!, BAC_GIANG_2024_REGISTRY)).toBe(
      "Thành phố Bắc Giang, tỉnh Bắc Giang",
    );
    const withArea = buildUnitRegistry(ZUnitRegistrySpec.parse({ ...flat, area: "Thành phố Mẫu" }));
    expect(unitPlaceLine(withArea.find("99001")!, withArea)).toBe("thành phố Mẫu");
    const bare = buildUnitRegistry(ZUnitRegistrySpec.parse(flat));
    expect([bare.area, unitPlaceLine(bare.find("99001")!, bare)]).toEqual([null, ""]);
  });
});

describe("wholeAreaPhrase", () => {
  it("says the whole by the area's kind, by its name for another kind, or the whole round without an area", () => {
    expect(wholeAreaPhrase(BAC_GIANG_2024_REGISTRY)).toBe("toàn tỉnh");
    expect(wholeAreaPhrase({ area: "Thành phố Huế" })).toBe("toàn thành phố");
    expect(wholeAreaPhrase({ area: "Đặc khu Côn Đảo" })).toBe("toàn đặc khu Côn Đảo");
    expect([wholeAreaPhrase({ area: null }), wholeAreaTitle({ area: null })]).toEqual([
      "toàn đợt khảo sát",
      "Toàn đợt khảo sát",
    ]);
    expect(wholeAreaTitle(BAC_GIANG_2024_REGISTRY)).toBe("Toàn tỉnh");
    expect([
      areaKind(BAC_GIANG_2024_REGISTRY),
      areaKind({ area: "Thành phố Huế" }),
      areaKind({ area: null }),
    ]).toEqual(["Tỉnh", "Thành phố", null]);
  });
});
