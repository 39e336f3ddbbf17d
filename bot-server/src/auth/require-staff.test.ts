import { assertDistrictAccess, reporterOf, staffForToken } from "./require-staff";

const config = {
  adminToken: "admin-token-0123456789",
  districtTokens: new Map([
    ["district-213-token-abcdefgh", "213"],
    ["district-215-token-ijklmnop", "215"],
  ]),
};

describe("staffForToken", () => {
  it("knows the admin and each district's staff by their token", () => {
    expect(staffForToken(config, "admin-token-0123456789")).toEqual({ kind: "admin" });
    expect(staffForToken(config, "district-215-token-ijklmnop")).toEqual({
      kind: "district",
      districtCode: "215",
    });
  });

  it("refuses unknown tokens, including a prefix or an extension of a real one", () => {
    for (const token of ["", "admin-token", "admin-token-0123456789x", "district-213-token-abcdefg"]) {
      expect(staffForToken(config, token)).toBeUndefined();
    }
  });
});

describe("district access", () => {
  it("lets the admin and a district's own staff through, and refuses another district with 403 FORBIDDEN", () => {
    expect(() => assertDistrictAccess({ kind: "admin" }, "213")).not.toThrow();
    expect(() => assertDistrictAccess({ kind: "district", districtCode: "213" }, "213")).not.toThrow();
    expect(() => assertDistrictAccess({ kind: "district", districtCode: "215" }, "213")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", status: 403 }),
    );
  });

  it("records a reporter as admin or district:<code>", () => {
    expect(reporterOf({ kind: "admin" })).toBe("admin");
    expect(reporterOf({ kind: "district", districtCode: "213" })).toBe("district:213");
  });
});
