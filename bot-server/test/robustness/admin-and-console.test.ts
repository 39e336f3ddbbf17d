import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN } from "../../src/testing";
import {
  expectQuietLog,
  expectRefused,
  itRefusesEach,
  useLoggedServer,
  type BadRequest,
} from "./robustness-kit";

const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const adminJson = { ...admin, "content-type": "application/json" };
const page = { authorization: `Basic ${Buffer.from(`canbo:${TEST_ADMIN_TOKEN}`).toString("base64")}` };
const form = { ...page, "content-type": "application/x-www-form-urlencoded" };

const runJob = (
  name: string,
  body: BadRequest["body"],
  status: number,
  code: string,
  job = "daily-summary",
) => ({
  name,
  method: "POST",
  path: `/api/admin/jobs/${job}/run`,
  headers: adminJson,
  body,
  status,
  code,
});
const BR = "BAD_REQUEST";

const jobRuns: BadRequest[] = [
  {
    ...runJob("text/plain", '{"date":"2024-06-12"}', 415, "UNSUPPORTED_MEDIA_TYPE"),
    headers: { ...admin, "content-type": "text/plain" },
  },
  { ...runJob("no body and no Content-Type", undefined, 415, "UNSUPPORTED_MEDIA_TYPE"), headers: admin },
  runJob("an empty JSON body", "", 400, BR),
  runJob("an empty object", {}, 400, BR),
  runJob("an array", [{ date: "2024-06-12" }], 400, BR),
  runJob("a JSON string", '"2024-06-12"', 400, "MALFORMED_JSON"),
  runJob("a date without zero padding", { date: "2024-6-1" }, 400, BR),
  runJob("30 February", { date: "2024-02-30" }, 400, BR),
  runJob("a date as a number", { date: 20240612 }, 400, BR),
  runJob("a date with U+0000", '{"date":"2024-06-12\\u0000"}', 400, "MALFORMED_JSON"),
  runJob("a date with a lone surrogate", '{"date":"\\udfff"}', 400, "MALFORMED_JSON"),
  runJob("force as a string", { date: "2024-06-12", force: "true" }, 400, BR),
  runJob("force as 1", { date: "2024-06-12", force: 1 }, 400, BR),
  runJob("an extra key", { date: "2024-06-12", extra: 1 }, 400, BR),
  runJob("a __proto__ key", '{"date":"2024-06-12","__proto__":{"force":true}}', 400, "MALFORMED_JSON"),
  runJob("a day outside the window", { date: "2024-06-20" }, 400, "DATE_OUTSIDE_WINDOW"),
  runJob("an oversize body", { date: "2024-06-12", pad: "x".repeat(33 * 1024) }, 413, "PAYLOAD_TOO_LARGE"),
  runJob("an unknown job", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "weekly-summary"),
  runJob("the job __proto__", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "__proto__"),
  runJob("the job constructor", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "constructor"),
  runJob("the job in capitals", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "DAILY-SUMMARY"),
  runJob("the job with %00", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "daily-summary%00"),
  runJob("the job with broken %-encoding", { date: "2024-06-12" }, 400, BR, "%E0%A4%A"),
  runJob("the job ..%2F..", { date: "2024-06-12" }, 404, "UNKNOWN_JOB", "..%2F.."),
];

const consolePosts: BadRequest[] = [
  ["an unknown member", "member=someone&action=text&text=hi", 400, BR],
  ["the member __proto__", "member=__proto__&action=text&text=hi", 400, BR],
  ["two members", "member=console-member-1&member=console-member-2&action=text&text=hi", 400, BR],
  ["an unknown action", "member=console-member-1&action=delete", 400, BR],
  ["a text of 2,001 characters", `member=console-member-1&action=text&text=${"a".repeat(2001)}`, 400, BR],
  ["an empty form", "", 400, BR],
  [
    "a form over 8 KB",
    `member=console-member-1&action=text&text=${"a".repeat(9000)}`,
    413,
    "PAYLOAD_TOO_LARGE",
  ],
].map(([name, body, status, code]) => ({
  name: `a console post with ${name as string}`,
  method: "POST",
  path: "/group/messages",
  headers: form,
  body: body as string,
  status: status as number,
  code: code as string,
}));

const consoleImages: BadRequest[] = [
  "abc",
  "1e400",
  "99999999999999999999",
  "-1",
  "0x10",
  "1.5",
  "%E0%A4%A",
].map((id) => ({
  name: `console image ${id}`,
  path: `/group/images/${id}`,
  headers: page,
  status: id.startsWith("%") ? 400 : 404,
  code: id.startsWith("%") ? BR : "NOT_FOUND",
}));

describe("the admin job route and the console group refuse bad input clearly and change nothing", () => {
  const server = useLoggedServer();

  itRefusesEach(
    [
      ["job runs", jobRuns],
      ["console posts", consolePosts],
      ["console images", consoleImages],
    ],
    server,
  );

  it("when a console post comes from another site, answers 403 FORBIDDEN", async () => {
    await expectRefused(server(), {
      ...consolePosts[0]!,
      headers: { ...form, "sec-fetch-site": "cross-site" },
      body: "member=console-member-1&action=text&text=hi",
      status: 403,
      code: "FORBIDDEN",
    });
  });

  it("when a console post's text holds U+0000, stores the text without it", async () => {
    const res = await server().send({
      name: "",
      method: "POST",
      path: "/group/messages",
      headers: form,
      body: "member=console-member-1&action=text&text=xin%00%20ch%C3%A0o",
      status: 303,
      code: "",
    });
    expect(res.status).toBe(200); // the 303 is followed to the page
    const [row] = await queryRows<{ text: string }>(
      server().context.db,
      sql`SELECT text FROM console_group_messages WHERE from_bot = false ORDER BY id DESC LIMIT 1`,
    );
    expect(row!.text).toBe("xin chào");
  });

  it("shows a member name from the query string escaped, not as HTML", async () => {
    const res = await server().send({
      name: "",
      path: "/group?member=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      headers: page,
      status: 200,
      code: "",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("<script>alert(1)");
  });

  it("logs none of these refusals with a stack trace or the admin token", () => {
    expectQuietLog(server().logLines, {
      shows: '"errorCode":"UNKNOWN_JOB"',
      secrets: [TEST_ADMIN_TOKEN, page.authorization.slice(6)],
    });
  });
});
