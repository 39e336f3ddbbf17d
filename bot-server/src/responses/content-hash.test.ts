import { buildAnswers } from "@pks02/shared/src/survey/test-factories";
import { canonicalJson, contentHash } from "./content-hash";

describe("canonicalJson", () => {
  it("writes the same text whatever the order of keys, at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: "é" } })).toBe(
      canonicalJson({ a: { c: "é", d: [2, { x: 2, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: null })).toBe('{"a":null,"b":1}');
  });

  it("writes exactly the text hashes were computed over (a retry's hash must equal the stored one)", () => {
    const text = canonicalJson({
      é: [1, "x", { b: null, a: [] }],
      B: { z: 1.5, ä: "Cán bộ 👍" },
      a: {},
      u: undefined,
    });
    expect(text).toBe('{"B":{"z":1.5,"ä":"Cán bộ 👍"},"a":{},"é":[1,"x",{"a":[],"b":null}]}');
  });

  it("keeps the order of arrays", () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

describe("contentHash", () => {
  const content = { communeCode: "07222", surveyVersion: "pks02-2024.1", answers: buildAnswers() };

  it("is the same for the same content sent with its keys in another order", () => {
    const reordered = Object.fromEntries(Object.entries(content.answers).reverse());
    expect(contentHash({ ...content, answers: reordered })).toBe(contentHash(content));
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("differs when one answer, the commune or the version differs", () => {
    const base = contentHash(content);
    expect(contentHash({ ...content, answers: buildAnswers({ C1: 4 }) })).not.toBe(base);
    expect(contentHash({ ...content, communeCode: "07201" })).not.toBe(base);
    expect(contentHash({ ...content, surveyVersion: "pks02-2024.2" })).not.toBe(base);
  });
});
