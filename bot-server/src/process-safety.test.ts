import { failFast } from "./process-safety";
import { createMemoryLog } from "./testing/memory-log";

describe("failFast", () => {
  it("logs an escaped failure once, without its message's parameters, and exits with code 1", () => {
    const log = createMemoryLog("info");
    const exits: number[] = [];
    const stop = failFast(log.logger, (code) => exits.push(code));
    stop("unhandledRejection", new Error("insert failed params: 8012345678901234567"));
    expect(exits).toEqual([1]);
    expect(log.lines).toHaveLength(1);
    const line = JSON.parse(log.lines[0]!);
    expect(line).toMatchObject({
      level: 60,
      kind: "unhandledRejection",
      error: { message: "insert failed " },
    });
    expect(log.lines[0]).not.toContain("8012345678901234567");
  });
});
