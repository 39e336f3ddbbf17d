import { sql } from "drizzle-orm";
import { TEST_ADMIN_TOKEN } from "../../src/testing";
import { expectNotInLog, useLoggedServer } from "./robustness-kit";

const HELPER = "Trần Thị Riêng Tư";

describe("an unexpected server error (a failed query)", () => {
  const server = useLoggedServer();
  beforeAll(async () => {
    // A constraint the code does not know about: the insert fails in the database, as a real bug would.
    await server().context.db.execute(
      sql`ALTER TABLE commune_day_visits ADD CONSTRAINT robustness_small CHECK (visits < 3)`,
    );
  });

  it("answers 500 INTERNAL with a request id, and logs the query without its parameters", async () => {
    const res = await server().send({
      name: "",
      method: "PUT",
      path: "/api/communes/07222/days/2024-06-12/visits",
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: { visits: 5, helpers: [{ name: HELPER, role: "Cán bộ" }] },
      status: 500,
      code: "",
    });
    expect(res.status).toBe(500);
    const { error } = await res.json();
    expect(error).toEqual({
      code: "INTERNAL",
      message: "Hệ thống gặp lỗi. Xin thử lại sau.",
      details: [{ requestId: expect.anything() }],
    });
    const lines = server().logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = lines.find((line) => line.msg === "unhandled error") as {
      level: number;
      requestId: unknown;
      error: { type: string; message: string; cause?: { code?: string }; stack?: string };
    };
    expect(failure).toMatchObject({ level: 50, requestId: error.details[0].requestId });
    expect(failure.error.type).toBe("DrizzleQueryError");
    expect(failure.error.message).toMatch(/^Failed query: insert into "commune_day_visits"/);
    expect(failure.error.cause).toMatchObject({ code: "23514" }); // check_violation
    expect(failure.error.stack).toMatch(/^\s+at /);
    const requestLine = lines.find((line) => line.msg === "request errored");
    expect(requestLine).toMatchObject({ level: 50, errorCode: "INTERNAL", res: { statusCode: 500 } });
    expect(requestLine).not.toHaveProperty("err");
    expectNotInLog(server().logLines, [HELPER, "params:", TEST_ADMIN_TOKEN]);
  });
});
