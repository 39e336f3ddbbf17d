import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { noonOf } from "../intake/intake-fixtures";

const post = (server: TestServer, forwardedFor: string) =>
  server.request("/api/responses", {
    method: "POST",
    json: buildResponseInput(),
    headers: { ...newDeviceHeaders(), "x-forwarded-for": forwardedFor },
  });

async function statusesOf(requests: (() => Promise<Response>)[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const request of requests) statuses.push((await request()).status);
  return statuses;
}

const twentyAddresses = Array.from({ length: 20 }, (_, i) => `203.0.113.${i + 1}`);

describe("rate limits that a client cannot step around", () => {
  describe("with no TRUST_PROXY (the default)", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        now: noonOf("2024-06-12"),
        env: { RATE_LIMIT_PER_MINUTE: "5", AUTH_FAILURES_PER_15_MINUTES: "3" },
      });
    });
    afterAll(async () => {
      await server.close();
    });

    it("counts 20 requests with 20 different X-Forwarded-For values as one client", async () => {
      const statuses = await statusesOf(twentyAddresses.map((address) => () => post(server, address)));
      expect(statuses.slice(0, 5).every((s) => s === 201 || s === 409)).toBe(true);
      expect(statuses.slice(5)).toEqual(Array(15).fill(429));
    });

    it("after 3 wrong staff tokens refuses the next ones with 429, and the right token still works", async () => {
      const wrong = (i: number) => () =>
        server.request("/api/progress", {
          token: `wrong-token-${i}-0123456789abcdefghijklmnop`,
          headers: { "x-forwarded-for": twentyAddresses[i]! },
        });
      expect(await statusesOf([0, 1, 2, 3, 4].map(wrong))).toEqual([401, 401, 401, 429, 429]);
      const page = await server.request("/group", {
        headers: { authorization: `Basic ${Buffer.from("canbo:guess").toString("base64")}` },
      });
      expect(page.status).toBe(429);
      expect((await page.json()).error.code).toBe("RATE_LIMITED");
      expect((await server.request("/api/progress", { token: TEST_ADMIN_TOKEN })).status).toBe(200);
    });
  });

  describe("with TRUST_PROXY naming the proxy", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({
        now: noonOf("2024-06-12"),
        env: { RATE_LIMIT_PER_MINUTE: "5", TRUST_PROXY: "loopback" },
      });
    });
    afterAll(async () => {
      await server.close();
    });

    it("takes the client address the proxy forwards, so clients behind it are counted apart", async () => {
      const statuses = await statusesOf(twentyAddresses.map((address) => () => post(server, address)));
      expect(statuses).not.toContain(429);
      const same = await statusesOf(Array.from({ length: 6 }, () => () => post(server, "198.51.100.7")));
      expect(same.at(-1)).toBe(429);
    });
  });
});

describe("smaller holes", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["a foreign Origin", "https://evil.example", 403],
    ['Origin "null"', "null", 403],
    ["the server's own origin", "self", 303],
  ])("a console post without Sec-Fetch-Site from %s → %p", async (_label, origin, status) => {
    const res = await server.request("/group/messages", {
      method: "POST",
      redirect: "manual",
      headers: {
        authorization: `Basic ${Buffer.from(`canbo:${TEST_ADMIN_TOKEN}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
        origin: origin === "self" ? server.url : origin,
      },
      body: new URLSearchParams({ member: "console-member-1", action: "text", text: "/huongdan" }).toString(),
    });
    expect(res.status).toBe(status);
  });
});
