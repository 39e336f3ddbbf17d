import { createMemoryLog, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { noonOf } from "./intake-fixtures";

describe("rate limiting of POST /api/responses", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: "3" } });
  });
  afterAll(async () => {
    await server.close();
  });

  it("when one address sends more forms than the limit in a minute, answers 429 RATE_LIMITED with standard headers", async () => {
    const post = () =>
      server.request("/api/responses", {
        method: "POST",
        json: buildResponseInput(),
        headers: newDeviceHeaders(),
      });
    const allowed = [await post(), await post(), await post()];
    expect(allowed.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(allowed[0]!.headers.get("ratelimit")).toMatch(/r=2/);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect((await limited.json()).error).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("thử lại"),
    });
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("does not limit the survey definition or staff endpoints", async () => {
    expect((await server.request("/api/survey")).status).toBe(200);
    expect((await server.request("/api/progress", { token: TEST_ADMIN_TOKEN })).status).toBe(200);
  });
});

describe("logs", () => {
  let server: TestServer;
  const log = createMemoryLog("trace");
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12"), logger: log.logger });
  });
  afterAll(async () => {
    await server.close();
  });

  it("never contain the free-text answer, the device id or the answers, only that a form was stored", async () => {
    const deviceId = "device-id-that-must-not-be-logged";
    const input = buildResponseInput({ answers: { E4: "Ý kiến riêng tư của tôi" } });
    const res = await fetch(`${server.url}/api/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-device-id": deviceId },
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(201);
    const text = log.lines.join("");
    expect(text).toContain("response stored");
    // Every log line has a precise time: the submission id beside it would date the answers to the second.
    expect(text).not.toContain(input.submissionId);
    expect(text).not.toContain("riêng tư");
    expect(text).not.toContain(deviceId);
    expect(text).not.toContain('"answers"');
  });
});
