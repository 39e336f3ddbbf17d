import { isStorableText, makeTextStorable, storableText } from "./storable-text";

describe("text PostgreSQL can store", () => {
  it.each([
    ["plain Vietnamese with emoji", "Cán bộ 👍🏽", true],
    ["U+0000", "a\u0000b", false],
    ["a lone high surrogate", "a\ud800", false],
    ["a lone low surrogate", "\udc00a", false],
    ["a reversed pair", "\ude00\ud83d", false],
  ])("%s is storable: %s", (_name, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  it("drops U+0000 and replaces a lone surrogate by U+FFFD, as a UTF-8 encoder would", () => {
    expect(storableText("a\u0000b\ud800c👍")).toBe("ab\ufffdc👍");
  });

  it("cleans keys and strings in place, however deep, and a key cleaned to __proto__ stays a plain key", () => {
    const body = JSON.parse(
      '{"a\\u0000":["x\\ud800"],"__pro\\u0000to__":{"polluted":1},"deep":' +
        "[".repeat(5000) +
        '"\\u0000"' +
        "]".repeat(5000) +
        "}",
    ) as Record<string, unknown>;
    makeTextStorable(body);
    expect(body.a).toEqual(["x\ufffd"]);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.keys(body)).toContain("__proto__");
    expect((body as { polluted?: unknown }).polluted).toBeUndefined();
    let innermost: unknown = body.deep;
    for (let depth = 0; depth < 5000; depth++) innermost = (innermost as unknown[])[0];
    expect(innermost).toBe("");
  });
});
