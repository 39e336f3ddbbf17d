// Values no field of the API takes as valid: the ingredients of the malformed-request corpus.
import type { Random } from "../../src/testing/seeded-random";

export { seededRandom, type Random } from "../../src/testing/seeded-random";

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Strings that are never a commune code, UUID, date, survey version, job name or member id. */
export const POISON_STRINGS: readonly string[] = [
  "",
  " ",
  "' OR '1'='1",
  "'; DROP TABLE responses; --",
  "1; SELECT pg_sleep(10)",
  "<script>alert(1)</script>",
  "${jndi:ldap://127.0.0.1/a}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "%00",
  "%",
  "%zz",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "\u202e07222", // right-to-left override
  "07\u200b222", // zero-width space
  "０７２２２", // full-width digits
  "O7222", // a letter O
  "07222\n",
  "e\u0301".repeat(50), // combining accents
  "🇻🇳".repeat(100),
  "\ufeff",
  "x".repeat(5_000),
  "\\u0000",
  "2024-02-30",
  "2024-13-01",
  "9999999999999999999999",
  "-1",
];

/** Raw JSON texts of values of the wrong type or out of every range. */
export const POISON_JSON: readonly string[] = [
  "null",
  "true",
  "false",
  "-1",
  "1.5",
  "1e308",
  "-1e308",
  "123456789012345678901234567890",
  "[]",
  "[1,2,3]",
  "{}",
  '{"$gt":""}',
  '"\\ud800"', // a lone surrogate
  '"\\u0000"',
  '"a\\u0000b"',
  JSON.stringify("x".repeat(40_000)), // over the 32 KB body limit
  ...POISON_STRINGS.map((s) => JSON.stringify(s)),
];

/** A JSON text nested `depth` levels deep (arrays or objects). */
export function deepJson(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? `${"[".repeat(depth)}${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Content types the API does not read as JSON (or as UTF-8). */
export const WRONG_CONTENT_TYPES: readonly (string | undefined)[] = [
  undefined,
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "application/jsonx",
  "json",
];

/** Path segments, %-encoded as a client would send them (some badly on purpose). */
export function poisonSegment(random: Random): string {
  const raw = pick(random, POISON_STRINGS);
  if (raw === "%" || raw === "%zz" || raw === "%00") return raw;
  return raw === "" ? "%20" : encodeURIComponent(raw.slice(0, 300));
}
