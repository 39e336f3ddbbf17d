import { TEST_ADMIN_TOKEN } from "../../src/testing";
import { DISTRICT_213_TOKEN } from "../intake/intake-fixtures";
import {
  expectQuietLog,
  expectRefused,
  itRefusesEach,
  useLoggedServer,
  type BadRequest,
} from "./robustness-kit";

const VISITS = "/api/communes/07222/days/2024-06-12/visits";
const JOB = "/api/admin/jobs/daily-summary/run";
const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;
const authorizationHeader = (value: string | undefined): Record<string, string> =>
  value ? { authorization: value } : {};

// A known path with a method it does not answer is 405 with Allow; an unknown path is 404 whatever the method.
const wrongMethods: [string, string, string][] = [
  ["POST", "/api/survey", "GET, HEAD"],
  ["DELETE", "/api/survey", "GET, HEAD"],
  ["PUT", "/api/communes/07222", "GET, HEAD"],
  ["DELETE", "/api/communes/07222", "GET, HEAD"],
  ["GET", "/api/responses", "POST"],
  ["PUT", "/api/responses", "POST"],
  ["DELETE", "/api/responses", "POST"],
  ["POST", VISITS, "GET, HEAD, PUT"],
  ["PATCH", VISITS, "GET, HEAD, PUT"],
  ["DELETE", VISITS, "GET, HEAD, PUT"],
  ["POST", "/api/progress", "GET, HEAD"],
  ["GET", JOB, "POST"],
  ["POST", "/api/admin/group-messages", "GET, HEAD"],
  ["POST", "/healthz", "GET, HEAD"],
  ["DELETE", "/group", "GET, HEAD"],
  ["GET", "/group/messages", "POST"],
  ["PUT", "/group/messages", "POST"],
];

const unknownPaths: BadRequest[] = (
  [
    ["GET", "/api/nothing-here"],
    ["POST", "/api/nothing-here"],
    ["GET", "/api/communes"],
    ["GET", "/api/communes/07222/days"],
    ["GET", "/api/communes/07222/days/2024-06-12"],
    ["DELETE", "/api/responses/123"],
    ["GET", "/webhooks/zalo"],
    ["POST", "/webhooks/zalo"],
  ] as const
).map(([method, path]) => ({ name: `${method} ${path}`, method, path, status: 404, code: "NOT_FOUND" }));

// Every staff route, sent every garbled Authorization header.
const staffRoutes: { route: string; method: string; path: string; body?: object }[] = [
  { route: "progress", method: "GET", path: "/api/progress" },
  { route: "GET visits", method: "GET", path: VISITS },
  { route: "PUT visits", method: "PUT", path: VISITS, body: { visits: 5 } },
  { route: "run a job", method: "POST", path: JOB, body: { date: "2024-06-12" } },
  { route: "group messages", method: "GET", path: "/api/admin/group-messages" },
];
const garbledAuthorization: [string, string][] = [
  ["no Authorization", ""],
  ['"Bearer" alone', "Bearer"],
  ['"Bearer " and spaces', "Bearer    "],
  ['"Basic xyz"', "Basic xyz"],
  ["the admin token as Basic", basic(`admin:${TEST_ADMIN_TOKEN}`)],
  ['the admin token as "Token"', `Token ${TEST_ADMIN_TOKEN}`],
  ["the admin token with no scheme", TEST_ADMIN_TOKEN],
  ["the admin token and one more letter", `Bearer ${TEST_ADMIN_TOKEN}x`],
  ["the admin token less one letter", `Bearer ${TEST_ADMIN_TOKEN.slice(0, -1)}`],
  ["the admin token and a second word", `Bearer ${TEST_ADMIN_TOKEN} extra`],
  ["the admin token twice, comma-separated", `Bearer ${TEST_ADMIN_TOKEN}, Bearer ${TEST_ADMIN_TOKEN}`],
  ["a wrong lower-case bearer", "bearer wrong-token-0123456789"],
  ["a 10 KB token", `Bearer ${"t".repeat(10_000)}`],
  ["a Latin-1 token", "Bearer tökén-ñ-0123456789"],
];
const unauthorized: BadRequest[] = staffRoutes.flatMap((r) =>
  garbledAuthorization.map(([name, authorization]) => ({
    name: `${r.route} with ${name}`,
    method: r.method,
    path: r.path,
    body: r.body,
    headers: authorizationHeader(authorization),
    status: 401,
    code: "UNAUTHORIZED",
  })),
);

const districtOnAdminRoutes: BadRequest[] = staffRoutes
  .filter((r) => r.path.startsWith("/api/admin/"))
  .map((r) => ({
    name: `${r.route} with a district token`,
    method: r.method,
    path: r.path,
    body: r.body,
    headers: { authorization: `Bearer ${DISTRICT_213_TOKEN}` },
    status: 403,
    code: "FORBIDDEN",
  }));

const consolePage: BadRequest[] = [
  ["no Authorization", undefined],
  ['"Basic xyz"', "Basic xyz"],
  ["Basic without a colon", basic(TEST_ADMIN_TOKEN)],
  ["Basic with a wrong password", basic("admin:wrong")],
  ["the admin token as Bearer", `Bearer ${TEST_ADMIN_TOKEN}`],
  ["a district token as the password", basic(`x:${DISTRICT_213_TOKEN}`)],
  ["a Basic of 10 KB", `Basic ${"QUFB".repeat(2500)}`],
].map(([name, authorization]) => ({
  name: `the console group page with ${name}`,
  path: "/group",
  headers: authorizationHeader(authorization),
  status: 401,
  code: "UNAUTHORIZED",
}));

describe("wrong methods, unknown paths and garbled credentials", () => {
  const server = useLoggedServer();

  it.each(wrongMethods)(
    "when asked %s %s, answers 405 METHOD_NOT_ALLOWED with Allow: %s",
    async (method, path, allow) => {
      const request = { name: "", method, path, headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } };
      await expectRefused(server(), { ...request, status: 405, code: "METHOD_NOT_ALLOWED" });
      expect((await server().send({ ...request, status: 405, code: "" })).headers.get("allow")).toBe(allow);
    },
  );

  it("when a JSON route is sent text/plain on a path it does not have, answers 404, not 415", async () => {
    await expectRefused(server(), {
      name: "",
      method: "POST",
      path: "/api/nothing-here",
      headers: { "content-type": "text/plain" },
      body: "{}",
      status: 404,
      code: "NOT_FOUND",
    });
  });

  itRefusesEach(
    [
      ["unknown paths", unknownPaths],
      ["garbled Authorization headers on staff routes", unauthorized],
      ["district tokens on admin routes", districtOnAdminRoutes],
      ["garbled credentials on the console group page", consolePage],
    ],
    server,
  );

  it("asks for Bearer credentials on staff routes and Basic on the console group page", async () => {
    const staff = await server().send({ name: "", path: "/api/progress", status: 401, code: "" });
    expect(staff.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const page = await server().send({ name: "", path: "/group", status: 401, code: "" });
    expect(page.headers.get("www-authenticate")).toMatch(/^Basic /);
  });

  it("accepts the scheme in any case (RFC 9110): bearer, BEARER", async () => {
    for (const scheme of ["bearer", "BEARER"]) {
      const res = await server().send({
        name: "",
        path: "/api/progress",
        headers: { authorization: `${scheme} ${TEST_ADMIN_TOKEN}` },
        status: 200,
        code: "",
      });
      expect(res.status).toBe(200);
    }
  });

  it("logs none of these refusals with a stack trace or a token", () => {
    expectQuietLog(server().logLines, {
      shows: '"errorCode":"METHOD_NOT_ALLOWED"',
      secrets: [TEST_ADMIN_TOKEN, DISTRICT_213_TOKEN, "tökén", "QUFBQUFB"],
    });
  });
});
