import { foldVietnamese, normalizeText } from "./text";

describe("text helpers", () => {
  it("folds diacritics, đ and case", () => {
    expect(foldVietnamese("  Xã  ĐỒNG Sơn ")).toBe("xa dong son");
  });
  it("normalises text from people", () => {
    expect(normalizeText("\u0007 a\r\nb \u202e")).toBe("a\nb");
    expect(normalizeText("Hoà".normalize("NFD"))).toBe("Hoà".normalize("NFC"));
  });
  it("drops halves of broken surrogate pairs but keeps whole emoji", () => {
    expect(normalizeText("tốt \ud83d lắm \ude00 👍")).toBe("tốt  lắm  👍");
    expect(normalizeText("a\u0000b")).toBe("ab");
  });
});
