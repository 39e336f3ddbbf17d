import { foldVietnamese, normalizeText } from "./text";

describe("text helpers", () => {
  it("folds diacritics, đ and case", () => {
    expect(foldVietnamese("  Xã  ĐỒNG Sơn ")).toBe("xa dong son");
  });
  it("normalises text from people", () => {
    expect(normalizeText("\u0007 a\r\nb \u202e")).toBe("a\nb");
    expect(normalizeText("Hoà".normalize("NFD"))).toBe("Hoà".normalize("NFC"));
  });
});
