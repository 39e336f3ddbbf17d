// A generated corpus of malformed requests against every public and staff endpoint: wrong types, huge and
// empty strings, deep JSON, Unicode tricks, wrong content types, truncated bodies, injection strings. Every
// request is invalid by construction (a required part is always broken), so none may store anything.
import { randomUUID } from "node:crypto";
import { buildResponseInput } from "../../src/testing/factories";
import { DISTRICT_213_TOKEN } from "../intake/intake-fixtures";
import type { RawRequest } from "./raw-http";
import {
  POISON_JSON,
  WRONG_CONTENT_TYPES,
  deepJson,
  pick,
  poisonSegment,
  seededRandom,
  type Random,
} from "./poison";

const JSON_TYPE = { "content-type": "application/json" };
const VISITS = (code: string, date: string) => `/api/communes/${code}/days/${date}/visits`;

/** A valid JSON body as text with one field's value replaced by raw JSON text (the poison). */
function withField(body: object, field: string, rawValue: string): string {
  return JSON.stringify({ ...body, [field]: "__POISON__" }).replace('"__POISON__"', () => rawValue);
}

// Poison values that happen to be valid for a field (an empty helper list, a boolean `force`).
const VALID_FOR: Record<string, readonly string[]> = { helpers: ["[]"], force: ["true", "false"] };

/** Ways to break a body that is otherwise right: a poisoned field, cut short, too deep, wrong type, bytes. */
function breakBody(random: Random, body: object, fields: readonly string[]): Partial<RawRequest> {
  const text = JSON.stringify(body);
  switch (Math.floor(random() * 6)) {
    case 0:
      return { headers: JSON_TYPE, body: text.slice(0, 1 + Math.floor(random() * (text.length - 2))) };
    case 1:
      return {
        headers: JSON_TYPE,
        body: deepJson(100 + Math.floor(random() * 6000), random() < 0.5 ? "array" : "object"),
      };
    case 2: {
      const type = pick(random, WRONG_CONTENT_TYPES);
      return { headers: type ? { "content-type": type } : {}, body: text };
    }
    case 3:
      return { headers: JSON_TYPE, body: pick(random, POISON_JSON) };
    case 4: {
      const bytes = Buffer.from(withField(body, pick(random, fields), '"BYTES"'));
      const at = bytes.indexOf("BYTES");
      bytes.set([0xff, 0xfe, 0xc0, 0x80, 0xed], at); // invalid UTF-8 where the field's value is
      return { headers: JSON_TYPE, body: bytes };
    }
    default: {
      const field = pick(random, fields);
      const poison = POISON_JSON.filter((p) => !VALID_FOR[field]?.includes(p));
      return { headers: JSON_TYPE, body: withField(body, field, pick(random, poison)) };
    }
  }
}

type Family = (random: Random) => RawRequest;

const submission: Family = (random) => {
  const deviceId = randomUUID();
  if (random() < 0.15) {
    // Right body, broken identity.
    const id = pick(random, [
      "",
      "short",
      "x".repeat(200),
      "dev ice id with spaces",
      "%00%00%00%00%00%00%00%00",
    ]);
    return {
      method: "POST",
      path: "/api/responses",
      headers: { ...JSON_TYPE, "x-device-id": id },
      body: JSON.stringify(buildResponseInput()),
    };
  }
  const broken = breakBody(random, buildResponseInput(), [
    "submissionId",
    "communeCode",
    "surveyVersion",
    "answers",
    "startedAt",
  ]);
  return {
    method: "POST",
    path: "/api/responses",
    ...broken,
    headers: { ...broken.headers, "x-device-id": deviceId },
  };
};

const admin = (token: string) => ({ authorization: `Bearer ${token}` });

const visitsPut: Family = (random) => {
  const badPath = random() < 0.3;
  const path = badPath
    ? VISITS(poisonSegment(random), random() < 0.5 ? "2024-06-12" : poisonSegment(random))
    : VISITS("07222", "2024-06-12");
  const broken = badPath
    ? { headers: JSON_TYPE, body: '{"visits":5}' }
    : breakBody(random, { visits: 5, helpers: [] }, ["visits", "helpers"]);
  return {
    method: "PUT",
    path,
    ...broken,
    headers: { ...broken.headers, ...admin(pick(random, [DISTRICT_213_TOKEN, "admin"])) },
  };
};

const getWithPoison: Family = (random) => {
  const which = Math.floor(random() * 4);
  if (which === 0) return { method: "GET", path: `/api/communes/${poisonSegment(random)}`, headers: {} };
  if (which === 1)
    return {
      method: "GET",
      path: VISITS(poisonSegment(random), poisonSegment(random)),
      headers: admin("admin"),
    };
  const key = pick(random, ["date", "district", "dat", "district[]", "date[$gt]"]);
  const repeat = random() < 0.3 ? `&${key}=2024-06-12` : "";
  return {
    method: "GET",
    path: `/api/progress?${key}=${poisonSegment(random)}${repeat}`,
    headers: admin("admin"),
  };
};

const jobRun: Family = (random) => {
  const badJob = random() < 0.3;
  const path = `/api/admin/jobs/${badJob ? poisonSegment(random) : "daily-summary"}/run`;
  const broken = badJob
    ? { headers: JSON_TYPE, body: '{"date":"2024-06-12"}' }
    : breakBody(random, { date: "2024-06-12", force: false }, ["date", "force"]);
  return { method: "POST", path, ...broken, headers: { ...broken.headers, ...admin("admin") } };
};

const garbledAuth: Family = (random) => {
  const value = pick(random, [
    "Bearer",
    "Bearer ",
    "Basic Og==",
    `Bearer ${"a".repeat(4000)}`,
    "bearer admin x",
    "Token admin",
    `Bearer ${poisonSegment(random)}`,
  ]);
  const path = pick(random, [
    "/api/progress",
    VISITS("07222", "2024-06-12"),
    "/api/admin/group-messages",
    "/group",
  ]);
  return { method: "GET", path, headers: { authorization: value } };
};

const basicAdmin = "Basic admin";

const consolePost: Family = (random) => {
  const member = random() < 0.7 ? poisonSegment(random) : "console-member-1";
  const action = member === "console-member-1" ? poisonSegment(random) : pick(random, ["text", "photo"]);
  const body = `member=${member}&action=${action}&text=${poisonSegment(random)}`;
  return {
    method: "POST",
    path: "/group/messages",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: basicAdmin },
    body,
  };
};

const FAMILIES: Family[] = [
  submission,
  submission,
  visitsPut,
  getWithPoison,
  jobRun,
  garbledAuth,
  consolePost,
];

/**
 * `count` malformed requests from a seed. "admin" in an Authorization header stands for the server's admin
 * token (filled in by `withAdminToken`), so the corpus is built before the server starts.
 */
export function buildMalformedCorpus(count: number, seed: number): RawRequest[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => FAMILIES[i % FAMILIES.length]!(random));
}

/** The corpus request with the admin placeholder replaced by the real token. */
export function withAdminToken(request: RawRequest, adminToken: string): RawRequest {
  const authorization = request.headers.authorization;
  const real: Record<string, string> = {
    "Bearer admin": `Bearer ${adminToken}`,
    [basicAdmin]: `Basic ${Buffer.from(`staff:${adminToken}`).toString("base64")}`,
  };
  if (authorization === undefined || !(authorization in real)) return request;
  return { ...request, headers: { ...request.headers, authorization: real[authorization]! } };
}
