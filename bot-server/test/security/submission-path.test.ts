import { createMemoryLog, startTestServer, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { noonOf } from "../intake/intake-fixtures";

// Every header helmet sets with the app's options (helmet 8 defaults, cross-origin resource policy).
const SECURITY_HEADERS = {
  "content-security-policy": expect.stringContaining("default-src 'self'"),
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "cross-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

describe("the submission's lighter path through the middleware", () => {
  const log = createMemoryLog("info");
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12"), logger: log.logger });
  });
  afterAll(async () => {
    await server.close();
  });

  const submit = () =>
    server.request("/api/responses", {
      method: "POST",
      json: buildResponseInput(),
      headers: { ...newDeviceHeaders(), origin: "https://h5.zdn.vn" },
    });

  it("a receipt carries every security header, CORS for the Mini App and the rate limit's headers", async () => {
    const res = await submit();
    expect(res.status).toBe(201);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      ...SECURITY_HEADERS,
      "access-control-allow-origin": "https://h5.zdn.vn",
      ratelimit: expect.stringMatching(/^"100000-in-1min"; r=\d+; t=\d+$/),
    });
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("an error answer and a survey definition carry the same security headers", async () => {
    const missing = await server.request("/api/nothing-here");
    expect(Object.fromEntries(missing.headers)).toMatchObject(SECURITY_HEADERS);
    const survey = await server.request("/api/survey", { headers: { "accept-encoding": "gzip" } });
    expect(Object.fromEntries(survey.headers)).toMatchObject(SECURITY_HEADERS);
    expect(survey.headers.get("vary")).toMatch(/Accept-Encoding/);
  });

  it("each submission has its request line: id, method, path, status and time, nothing else", async () => {
    const before = log.lines.length;
    await submit();
    await submit();
    const lines = log.lines
      .slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter(
        (line) =>
          line.msg === "request completed" &&
          line.res &&
          (line.req as { method?: unknown }).method === "POST",
      );
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      // pid and hostname are the test logger's own; the server's has neither.
      const fields = Object.keys(line).filter((key) => key !== "pid" && key !== "hostname");
      expect(fields).toEqual(["level", "time", "req", "res", "responseTime", "msg"]);
      expect(line).toMatchObject({
        level: 30,
        req: { id: expect.any(Number), method: "POST", url: "/api/responses" },
        res: { statusCode: 201 },
        responseTime: expect.any(Number),
      });
    }
    const [first, second] = lines as { req: { id: number } }[];
    expect(second!.req.id).toBe(first!.req.id + 1);
  });
});
