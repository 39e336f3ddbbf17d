import { TEST_ADMIN_TOKEN } from "../../src/testing";
import { DISTRICT_213_TOKEN } from "../intake/intake-fixtures";
import {
  expectQuietLog,
  expectRefused,
  itRefusesEach,
  useLoggedServer,
  type BadRequest,
} from "./robustness-kit";

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const adminJson = { ...admin, "content-type": "application/json" };
const VISITS = "/api/communes/07222/days/2024-06-12/visits";

const put = (name: string, body: BadRequest["body"], status: number, code: string, path = VISITS) => ({
  name,
  method: "PUT",
  path,
  headers: adminJson,
  body,
  status,
  code,
});
const get = (name: string, path: string, status: number, code: string): BadRequest => ({
  name,
  path,
  headers: admin,
  status,
  code,
});
const helpers = (name: unknown, role: unknown = "Cán bộ một cửa") => ({
  visits: 5,
  helpers: [{ name, role }],
});
const VF = "VALIDATION_FAILED";

const visitBodies: BadRequest[] = [
  {
    ...put("text/plain", '{"visits":5}', 415, "UNSUPPORTED_MEDIA_TYPE"),
    headers: { ...admin, "content-type": "text/plain" },
  },
  {
    ...put("form-encoded", "visits=5", 415, "UNSUPPORTED_MEDIA_TYPE"),
    headers: { ...admin, "content-type": "application/x-www-form-urlencoded" },
  },
  { ...put("no Content-Type", '{"visits":5}', 415, "UNSUPPORTED_MEDIA_TYPE"), headers: admin },
  { ...put("no body at all", undefined, 415, "UNSUPPORTED_MEDIA_TYPE"), headers: admin },
  put("an empty JSON body", "", 400, VF),
  put("null", "null", 400, "MALFORMED_JSON"),
  put("a bare number", "5", 400, "MALFORMED_JSON"),
  put("an array", "[5]", 400, VF),
  put("visits as a string", { visits: "5" }, 400, VF),
  put("visits as a float", { visits: 5.5 }, 400, VF),
  put("negative visits", { visits: -1 }, 400, VF),
  put("visits of 1e308", '{"visits":1e308}', 400, VF),
  put("visits of 100,001", { visits: 100_001 }, 400, VF),
  put('visits of "NaN"', { visits: "NaN" }, 400, VF),
  put('visits of "Infinity"', { visits: "Infinity" }, 400, VF),
  put("visits true", { visits: true }, 400, VF),
  put("visits null", { visits: null }, 400, VF),
  put("no visits", { helpers: [] }, 400, VF),
  put("visits 5 then 200,000 (duplicate key, the last counts)", '{"visits":5,"visits":200000}', 400, VF),
  put("helpers as an object", { visits: 5, helpers: { name: "A" } }, 400, VF),
  put("51 helpers", { visits: 5, helpers: Array(51).fill({ name: "A", role: "B" }) }, 400, VF),
  put("a helper with an empty name", helpers(""), 400, VF),
  put("a helper whose name is zero-width spaces", helpers("\u200b\u200b"), 400, VF),
  put("a helper whose name is only an RTL override", helpers("\u202e"), 400, VF),
  put("a helper whose role is a BOM", helpers("An", "\ufeff"), 400, VF),
  put("a helper name of 101 letters", helpers("a".repeat(101)), 400, VF),
  put("a helper name as a number", helpers(12345), 400, VF),
  put(
    "a helper name with U+0000",
    `{"visits":5,"helpers":[{"name":"A\\u0000n","role":"B"}]}`,
    400,
    "MALFORMED_JSON",
  ),
  put(
    "a helper name with a lone surrogate",
    `{"visits":5,"helpers":[{"name":"A\\ud800","role":"B"}]}`,
    400,
    "MALFORMED_JSON",
  ),
  put(
    "a helper keyed __proto__",
    '{"visits":5,"helpers":[{"__proto__":{"name":"x"},"role":"B"}]}',
    400,
    "MALFORMED_JSON",
  ),
  put("a helper name of 20 KB", helpers("ạ".repeat(10_000)), 400, VF),
  put("a body just over 32 KB", { visits: 5, note: "x".repeat(32 * 1024) }, 413, "PAYLOAD_TOO_LARGE"),
];

const visitPaths: BadRequest[] = [
  ["30 February", "/api/communes/07222/days/2024-02-30/visits", 400, "BAD_REQUEST"],
  ["a date without zero padding", "/api/communes/07222/days/2024-6-1/visits", 400, "BAD_REQUEST"],
  ["a date without dashes", "/api/communes/07222/days/20240612/visits", 400, "BAD_REQUEST"],
  ["a date with a time", "/api/communes/07222/days/2024-06-12T00:00/visits", 400, "BAD_REQUEST"],
  ["a date with %00", "/api/communes/07222/days/2024-06-12%00/visits", 400, "BAD_REQUEST"],
  ["a day after the window", "/api/communes/07222/days/2024-06-15/visits", 400, "DATE_OUTSIDE_WINDOW"],
  ["a day before the window", "/api/communes/07222/days/2020-01-01/visits", 400, "DATE_OUTSIDE_WINDOW"],
  ["an unknown commune", "/api/communes/99999/days/2024-06-12/visits", 404, "COMMUNE_NOT_FOUND"],
  ["a 4-digit commune code", "/api/communes/0722/days/2024-06-12/visits", 400, "BAD_REQUEST"],
  ["broken %-encoding", "/api/communes/%E0%A4%A/days/2024-06-12/visits", 400, "BAD_REQUEST"],
  ["an encoded ../..", "/api/communes/..%2F../days/2024-06-12/visits", 400, "BAD_REQUEST"],
  ["an encoded slash in the code", "/api/communes/07222%2F07201/days/2024-06-12/visits", 400, "BAD_REQUEST"],
  ["an encoded CR LF", "/api/communes/07222%0D%0ASet-Cookie:x=1/days/2024-06-12/visits", 400, "BAD_REQUEST"],
  ["emoji", "/api/communes/%F0%9F%98%80/days/2024-06-12/visits", 400, "BAD_REQUEST"],
].flatMap(([name, path, status, code]) => [
  get(`GET with ${name as string}`, path as string, status as number, code as string),
  put(`PUT with ${name as string}`, { visits: 5 }, status as number, code as string, path as string),
]);

const progressQueries: BadRequest[] = [
  ["a repeated date", "?date=2024-06-12&date=2024-06-13", 400, "BAD_REQUEST"],
  ["the same date twice", "?date=2024-06-12&date=2024-06-12", 400, "BAD_REQUEST"],
  ["30 February", "?date=2024-02-30", 400, "BAD_REQUEST"],
  ["a date without zero padding", "?date=2024-6-1", 400, "BAD_REQUEST"],
  ["a date without dashes", "?date=20240612", 400, "BAD_REQUEST"],
  ["an empty date", "?date=", 400, "BAD_REQUEST"],
  ["a date in dd/mm/yyyy", "?date=12/06/2024", 400, "BAD_REQUEST"],
  ["a day after the window", "?date=2024-06-20", 400, "DATE_OUTSIDE_WINDOW"],
  ["an unknown district", "?district=999", 404, "DISTRICT_NOT_FOUND"],
  ["a 2-digit district", "?district=21", 400, "BAD_REQUEST"],
  ["two districts", "?district=213&district=215", 400, "BAD_REQUEST"],
  ["a misspelt parameter", "?dat=2024-06-12", 400, "BAD_REQUEST"],
  ["a bracketed parameter", "?date[x]=2024-06-12", 400, "BAD_REQUEST"],
  ["a __proto__ parameter", "?__proto__=1", 400, "BAD_REQUEST"],
  ["broken %-encoding", "?district=%E0%A4%A", 400, "BAD_REQUEST"],
  ["a district with a zero-width space", "?district=213%E2%80%8B", 400, "BAD_REQUEST"],
  ["a 5,000-character date", `?date=${"9".repeat(5000)}`, 400, "BAD_REQUEST"],
].map(([name, query, status, code]) =>
  get(`progress with ${name as string}`, `/api/progress${query as string}`, status as number, code as string),
);

const communeLookups: BadRequest[] = [
  ["broken %-encoding", "/api/communes/%E0%A4%A", 400, "BAD_REQUEST"],
  ["a lone %", "/api/communes/%", 400, "BAD_REQUEST"],
  ["an encoded ../..", "/api/communes/..%2F..", 404, "COMMUNE_NOT_FOUND"],
  ["%00 after the code", "/api/communes/07222%00", 404, "COMMUNE_NOT_FOUND"],
  ["a code with .json", "/api/communes/07222.json", 404, "COMMUNE_NOT_FOUND"],
  ["a 10,000-digit code", `/api/communes/${"0".repeat(10_000)}`, 404, "COMMUNE_NOT_FOUND"],
  ["full-width digits", `/api/communes/${encodeURIComponent("０７２２２")}`, 404, "COMMUNE_NOT_FOUND"],
  ["an encoded CR LF header", "/api/communes/%0D%0ASet-Cookie:%20x=1", 404, "COMMUNE_NOT_FOUND"],
].map(([name, path, status, code]) => ({
  name: `commune lookup with ${name as string}`,
  path: path as string,
  status: status as number,
  code: code as string,
}));

describe("the staff routes and the commune lookup refuse bad input clearly and change nothing", () => {
  const server = useLoggedServer();

  itRefusesEach(
    [
      ["PUT visits bodies", visitBodies],
      ["visits paths", visitPaths],
      ["progress query strings", progressQueries],
      ["commune lookups", communeLookups],
    ],
    server,
  );

  it("when a district token asks another district's progress or commune, answers 403 FORBIDDEN", async () => {
    const district = { authorization: `Bearer ${DISTRICT_213_TOKEN}` };
    await expectRefused(server(), {
      ...get("", "/api/progress?district=215", 403, "FORBIDDEN"),
      headers: district,
    });
    await expectRefused(server(), {
      ...put("", { visits: 5 }, 403, "FORBIDDEN", "/api/communes/07243/days/2024-06-12/visits"),
      headers: { ...district, "content-type": "application/json" },
    });
  });

  it("no response header carries what an encoded CR LF in the path tried to set", async () => {
    const res = await server().send(communeLookups.find((c) => c.name.includes("CR LF"))!);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("when a helper's name has NFD letters and bidi controls, stores it NFC without them", async () => {
    const res = await server().send({
      ...put("", helpers(`  ${"Nguye\u0302\u0303n"}\u202e Văn An\u200b `), 200, ""),
    });
    expect(res.status).toBe(200);
    const stored = await (await server().send(get("", VISITS, 200, ""))).json();
    expect(stored.helpers).toEqual([{ name: "Nguyễn Văn An", role: "Cán bộ một cửa" }]);
  });

  it("logs none of these refusals with a stack trace, a token or a helper's name", () => {
    expectQuietLog(server().logLines, {
      shows: '"errorCode":"DATE_OUTSIDE_WINDOW"',
      secrets: [TEST_ADMIN_TOKEN, DISTRICT_213_TOKEN, "Nguyễn", "Nguye"],
    });
  });
});
