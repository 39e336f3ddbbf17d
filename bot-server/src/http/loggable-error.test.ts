import { loggableError } from "./loggable-error";

class DrizzleQueryError extends Error {
  constructor(query: string, params: unknown[], cause: Error) {
    super(`Failed query: ${query}\nparams: ${params.join(",")}`, { cause });
  }
}

describe("loggableError", () => {
  const pgError = Object.assign(new Error("invalid input syntax for type json"), {
    code: "22P02",
    detail: 'Token "Ý kiến riêng tư" is invalid.',
    where: 'JSON data, line 1: {"E4":"Ý kiến riêng tư',
  });
  const failed = new DrizzleQueryError(
    "insert into responses values ($1, $2)",
    ["07222", '{"E4":"Ý kiến riêng tư"}'],
    pgError,
  );

  it("keeps the query, the database error code and the stack frames, never the parameters or quoted data", () => {
    const logged = loggableError(failed);
    expect(logged).toMatchObject({
      type: "DrizzleQueryError",
      message: "Failed query: insert into responses values ($1, $2)",
      cause: { type: "Error", message: "invalid input syntax for type json", code: "22P02" },
    });
    expect(logged.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logged)).not.toContain("riêng tư");
  });

  it("cuts a very long message and describes what is not an Error", () => {
    expect(loggableError(new Error("x".repeat(1000))).message).toHaveLength(301);
    expect(loggableError("a string")).toEqual({ type: "string", message: "non-Error thrown" });
  });
});
