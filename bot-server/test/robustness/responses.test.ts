import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { buildResponseInput } from "../../src/testing/factories";
import {
  expectQuietLog,
  expectRefused,
  itRefusesEach,
  useLoggedServer,
  type BadRequest,
} from "./robustness-kit";

// Never in a log line: the device id, the free-text answer.
const DEVICE_ID = "robustness-device-id-0001";
const SECRET_ANSWER = "Ý-KIẾN-RIÊNG-TƯ-không-được-ghi-log";
const device = { "x-device-id": DEVICE_ID };
const json = { "content-type": "application/json", ...device };

/** A valid form with one change; the same submission id is never stored, so each case stands alone. */
const form = (overrides: Record<string, unknown> = {}, answers: Record<string, unknown> = {}): object => {
  const valid = buildResponseInput({ answers: { E4: SECRET_ANSWER } });
  return { ...valid, answers: { ...valid.answers, ...answers }, ...overrides };
};
/** The form as JSON text with `"E4":"<answer>"` replaced by raw JSON (escapes JSON.stringify would fix). */
const formWithRawE4 = (rawValue: string) =>
  JSON.stringify(form()).replace(JSON.stringify(SECRET_ANSWER), rawValue);

const post = (
  name: string,
  body: BadRequest["body"],
  status: number,
  code: string,
  headers: Record<string, string> = json,
): BadRequest => ({ name, method: "POST", path: "/api/responses", headers, body, status, code });

const VF = "VALIDATION_FAILED";
const MJ = "MALFORMED_JSON";
const UMT = "UNSUPPORTED_MEDIA_TYPE";

const contentTypes: BadRequest[] = [
  post("valid JSON sent as text/plain", JSON.stringify(form()), 415, UMT, {
    ...device,
    "content-type": "text/plain",
  }),
  post("a form-encoded body", "submissionId=x&communeCode=07222", 415, UMT, {
    ...device,
    "content-type": "application/x-www-form-urlencoded",
  }),
  post("valid JSON with no Content-Type", JSON.stringify(form()), 415, UMT, device),
  post("no body and no Content-Type", undefined, 415, UMT, device),
  post("JSON in latin1", JSON.stringify(form()), 415, UMT, {
    ...device,
    "content-type": "application/json; charset=latin1",
  }),
  post("a vendor JSON type", JSON.stringify(form()), 415, UMT, {
    ...device,
    "content-type": "application/vnd.api+json",
  }),
  post("a Content-Encoding the server does not know", "{}", 415, UMT, {
    ...json,
    "content-encoding": "compress",
  }),
  post("gzip that is not gzip", "{}", 400, MJ, { ...json, "content-encoding": "gzip" }),
  post("UTF-8 bytes labelled UTF-16", JSON.stringify(form()), 400, MJ, {
    ...device,
    "content-type": "application/json; charset=utf-16",
  }),
];

const bodyShapes: BadRequest[] = [
  post("an empty JSON body", "", 400, VF),
  post("null", "null", 400, MJ),
  post("a string", '"a string"', 400, MJ),
  post("a number", "42", 400, MJ),
  post("true", "true", 400, MJ),
  post("an empty array", "[]", 400, VF),
  post("an array holding a valid form", JSON.stringify([form()]), 400, VF),
  post("arrays nested 15,000 deep", "[".repeat(15_000) + "]".repeat(15_000), 400, VF),
  post(
    "an answer nested 3,000 objects deep",
    formWithRawE4('{"a":'.repeat(3000) + "1" + "}".repeat(3000)),
    400,
    VF,
  ),
  post("truncated JSON", JSON.stringify(form()).slice(0, -5), 400, MJ),
  post("trailing garbage", `${JSON.stringify(form())}x`, 400, MJ),
  post("a NaN literal", formWithRawE4("NaN"), 400, MJ),
  post("a comment", `/* c */${JSON.stringify(form())}`, 400, MJ),
  post("single quotes", "{'submissionId':'x'}", 400, MJ),
  post("just over 32 KB", { ...form(), padding: "x".repeat(32 * 1024) }, 413, "PAYLOAD_TOO_LARGE"),
];

const fields: BadRequest[] = [
  post("submissionId as a number", form({ submissionId: 12345 }), 400, VF),
  post("submissionId not a UUID", form({ submissionId: "not-a-uuid" }), 400, VF),
  post("submissionId of 10,000 characters", form({ submissionId: "a".repeat(10_000) }), 400, VF),
  post("submissionId null", form({ submissionId: null }), 400, VF),
  post("communeCode as a number", form({ communeCode: 7222 }), 400, VF),
  post("communeCode with a zero-width space", form({ communeCode: "07222\u200b" }), 400, VF),
  post("communeCode in full-width digits", form({ communeCode: "０７２２２" }), 400, VF),
  post("communeCode with a leading space", form({ communeCode: " 07222" }), 400, VF),
  post("communeCode with an RTL override", form({ communeCode: "\u202e22270" }), 400, VF),
  post("an unknown commune", form({ communeCode: "99999" }), 404, "COMMUNE_NOT_FOUND"),
  post("an empty surveyVersion", form({ surveyVersion: "" }), 400, VF),
  post("a 65-character surveyVersion", form({ surveyVersion: "v".repeat(65) }), 400, VF),
  post("another surveyVersion", form({ surveyVersion: "pks02-1999.1" }), 409, "SURVEY_VERSION_MISMATCH"),
  post("answers null", form({ answers: null }), 400, VF),
  post("answers as an array", form({ answers: [1, 2] }), 400, VF),
  post("answers as a string", form({ answers: "B1=1" }), 400, VF),
  post("a choice as a string", form({}, { B1: "1" }), 400, VF),
  post("a choice as a float", form({}, { B1: 1.5 }), 400, VF),
  post("a negative choice", form({}, { B1: -1 }), 400, VF),
  post("a choice of 1e308", formWithRawE4('"ok","C1":1e308'), 400, VF),
  post("a choice of -1e308", formWithRawE4('"ok","C1":-1e308'), 400, VF),
  post('a choice of "NaN"', form({}, { C1: "NaN" }), 400, VF),
  post('a choice of "Infinity"', form({}, { C1: "Infinity" }), 400, VF),
  post("a choice of true", form({}, { C1: true }), 400, VF),
  post("several choices as a string", form({}, { B2: "1,4" }), 400, VF),
  post("the same choice twice", form({}, { B2: [1, 1] }), 400, VF),
  post("a free text of 600 characters", form({}, { E4: "ý".repeat(600) }), 400, VF),
  post("a free text as an object", form({}, { E4: { text: "x" } }), 400, VF),
  post("an unknown question", form({}, { Z9: 1 }), 400, VF),
  post("a question id of 17 characters", form({}, { ["Q".repeat(17)]: 1 }), 400, VF),
  post("startedAt in year 0000", form({ startedAt: "0000-01-01T00:00:00Z" }), 400, VF),
  post("startedAt in year 9999", form({ startedAt: "9999-12-31T23:59:59+14:00" }), 400, VF),
  post("startedAt on 30 February", form({ startedAt: "2024-02-30T10:00:00Z" }), 400, VF),
  post("startedAt without an offset", form({ startedAt: "2024-06-12T10:00:00" }), 400, VF),
  post("startedAt as a number", form({ startedAt: 1718161200000 }), 400, VF),
];

const unicode: BadRequest[] = [
  post("a lone high surrogate in the free text", formWithRawE4('"\\ud800"'), 400, MJ),
  post("a lone low surrogate in the free text", formWithRawE4('"a\\udc00b"'), 400, MJ),
  post("a reversed surrogate pair", formWithRawE4('"\\ude00\\ud83d"'), 400, MJ),
  post("U+0000 in the free text", formWithRawE4('"a\\u0000b"'), 400, MJ),
  post("U+0000 in a question id", formWithRawE4('"x","E\\u00004":"y"'), 400, MJ),
  post("a lone surrogate in the commune code", form({ communeCode: "0722\ud800" }), 400, MJ),
];

const pollution: BadRequest[] = [
  post("answers hidden under __proto__", formWithRawE4(`"x","__proto__":${JSON.stringify(form())}`), 400, MJ),
  post("the whole form under __proto__", `{"__proto__":${JSON.stringify(form())}}`, 400, MJ),
  post(
    "answers: {__proto__: {B1: 1}} only",
    form({ answers: JSON.parse('{"__proto__":{"B1":1}}') }),
    400,
    MJ,
  ),
  post("an answer keyed constructor", form({}, { constructor: 1 }), 400, VF),
  post("an answer keyed toString", form({}, { toString: 1 }), 400, VF),
  post("an answer keyed hasOwnProperty", form({}, { hasOwnProperty: 1 }), 400, VF),
  post("a __proto__ key inside a valid answer", formWithRawE4('{"__proto__":{"polluted":1}}'), 400, MJ),
];

const duplicates: BadRequest[] = [
  // JSON.parse keeps the last of duplicate keys, as every ECMAScript parser does: the last one is judged.
  post(
    "a duplicate communeCode, the last unknown",
    JSON.stringify(form()).replace('"communeCode":"07222"', '"communeCode":"07222","communeCode":"99999"'),
    404,
    "COMMUNE_NOT_FOUND",
  ),
  post("a duplicate answer, the last invalid", formWithRawE4('"ok","C1":3,"C1":"3"'), 400, VF),
];

const identity: BadRequest[] = [
  post("no X-Device-Id", form(), 400, "RESPONDENT_UNKNOWN", { "content-type": "application/json" }),
  post("a short X-Device-Id", form(), 400, "RESPONDENT_UNKNOWN", { ...json, "x-device-id": "short" }),
  post("an X-Device-Id of 129 characters", form(), 400, "RESPONDENT_UNKNOWN", {
    ...json,
    "x-device-id": "d".repeat(129),
  }),
  post("an X-Device-Id with a path", form(), 400, "RESPONDENT_UNKNOWN", {
    ...json,
    "x-device-id": "../../etc/passwd-000000",
  }),
  post("an X-Device-Id with Latin-1 letters", form(), 400, "RESPONDENT_UNKNOWN", {
    ...json,
    "x-device-id": "appareil-é-0000000000",
  }),
  post("an X-Device-Id of spaces", form(), 400, "RESPONDENT_UNKNOWN", { ...json, "x-device-id": "  " }),
];

describe("POST /api/responses refuses bad input with a clear error and stores nothing", () => {
  const server = useLoggedServer();

  itRefusesEach(
    [
      ["content types", contentTypes],
      ["body shapes", bodyShapes],
      ["fields", fields],
      ["unicode the database cannot store", unicode],
      ["prototype-pollution keys", pollution],
      ["duplicate keys", duplicates],
      ["device ids", identity],
    ],
    server,
  );

  it("leaves Object.prototype untouched after the prototype-pollution cases", () => {
    expect(({} as Record<string, unknown>).B1).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("when the form has an unknown constructor.prototype key at the top, ignores it and pollutes nothing", async () => {
    const res = await server().send({
      ...post("", { ...form(), constructor: { prototype: { polluted: 1 } } }, 201, ""),
      headers: { "content-type": "application/json", "x-device-id": randomUUID() },
    });
    expect(res.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("when the free text has NFD letters, zero-width and bidi controls and emoji, stores it cleaned (NFC)", async () => {
    const submissionId = randomUUID();
    const text = "Ca\u0301n bo\u0323\u0302\u200b nhie\u0323\u0302t ti\u0300nh \u202e👍🏽";
    const res = await server().send({
      ...post("", form({ submissionId }, { E4: text }), 201, ""),
      headers: { "content-type": "application/json", "x-device-id": randomUUID() },
    });
    expect(res.status).toBe(201);
    const [row] = await queryRows<{ e4: string }>(
      server().context.db,
      sql`SELECT answers->>'E4' AS e4 FROM responses WHERE submission_id = ${submissionId}`,
    );
    expect(row!.e4).toBe("Cán bộ nhiệt tình 👍🏽");
  });

  it("when the body starts with a UTF-8 byte-order mark, reads it as JSON", async () => {
    const res = await server().send({
      ...post("", `\ufeff${JSON.stringify(form())}`, 201, ""),
      headers: { "content-type": "application/json", "x-device-id": randomUUID() },
    });
    expect(res.status).toBe(201);
  });

  it("logs none of these refusals with a stack trace, the device id or the answers", () => {
    expectQuietLog(server().logLines, {
      shows: '"errorCode":"MALFORMED_JSON"',
      secrets: [DEVICE_ID, SECRET_ANSWER, '"answers"', "Cán bộ"],
    });
  });
});

describe("POST /api/responses inside Zalo refuses garbled access tokens without asking Zalo", () => {
  // Nothing listens on port 9: a token that reached the Graph API would be 503 ZALO_UNAVAILABLE, not 401.
  const server = useLoggedServer(() => ({
    ZALO_MINI_APP_ID: "1234567890",
    ZALO_GRAPH_API_BASE: "http://127.0.0.1:9",
    ALLOW_DEVICE_IDS: "false",
  }));

  const TOKEN = "zalo-token-that-must-not-be-logged";
  it.each([
    ["an empty token", { "x-zalo-access-token": "" }],
    ["a 7-character token", { "x-zalo-access-token": "abcdefg" }],
    ["a token with spaces", { "x-zalo-access-token": `${TOKEN} and more` }],
    ["a token of 3,000 characters", { "x-zalo-access-token": "t".repeat(3000) }],
    ["a Latin-1 token", { "x-zalo-access-token": `${TOKEN}-é` }],
    ["the token as a Bearer header", { authorization: `Bearer ${TOKEN}` }],
  ])("when sent %s, answers 401 ZALO_TOKEN_INVALID", async (_name, headers) => {
    await expectRefused(
      server(),
      post("", form(), 401, "ZALO_TOKEN_INVALID", { "content-type": "application/json", ...headers }),
    );
  });

  it("when sent no token, only a device id, answers 401 DEVICE_ID_REFUSED (device ids prove nothing)", async () => {
    await expectRefused(
      server(),
      post("", form(), 401, "DEVICE_ID_REFUSED", { "content-type": "application/json", ...device }),
    );
  });

  it("logs neither the tokens nor the device id", () => {
    expectQuietLog(server().logLines, { secrets: [TOKEN, DEVICE_ID] });
  });
});
