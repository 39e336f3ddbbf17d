import { TEST_ADMIN_TOKEN } from "../../src/testing";
import {
  expectQuietLog,
  expectRowsUnchanged,
  parseRawAnswer,
  rawHttp,
  useLoggedServer,
} from "./robustness-kit";

const DEVICE_ID = "raw-device-id-000000000001";
const request = (head: string, body = "") => `${head}\r\nHost: x\r\nConnection: close\r\n\r\n${body}`;

// What fetch refuses to send; Node's HTTP parser refuses it before Express, and must answer in our shape.
const refusedByParser: [string, number, string, string][] = [
  [
    "a CR inside a header value",
    400,
    "BAD_REQUEST",
    request(`GET /api/survey HTTP/1.1\r\nX-Device-Id: ${DEVICE_ID}\rSet-Cookie: a=1`),
  ],
  ["a header name with a space", 400, "BAD_REQUEST", request("GET /api/survey HTTP/1.1\r\nX Device: a")],
  ["a header name with a colon only", 400, "BAD_REQUEST", request("GET /api/survey HTTP/1.1\r\n: a")],
  [
    "a NUL in a header value",
    400,
    "BAD_REQUEST",
    request(`GET /api/survey HTTP/1.1\r\nAuthorization: Bearer ${TEST_ADMIN_TOKEN}\0x`),
  ],
  ["a method that is not a token", 400, "BAD_REQUEST", request("G@T /api/survey HTTP/1.1")],
  ["a space inside the URL", 400, "BAD_REQUEST", request("GET /api/sur vey HTTP/1.1")],
  ["an unknown HTTP version", 400, "BAD_REQUEST", request("GET /api/survey HTTP/9.9")],
  [
    "Content-Length and Transfer-Encoding together",
    400,
    "BAD_REQUEST",
    request(
      "POST /api/responses HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked",
      "0\r\n\r\n",
    ),
  ],
  [
    "two different Content-Lengths",
    400,
    "BAD_REQUEST",
    request(
      "POST /api/responses HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3",
      "{}",
    ),
  ],
  [
    "a chunk size that is not hex",
    400,
    "BAD_REQUEST",
    request(
      "POST /api/responses HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
      "zz\r\n{}\r\n0\r\n\r\n",
    ),
  ],
  [
    "headers over 16 KB",
    431,
    "HEADERS_TOO_LARGE",
    request(`GET /api/survey HTTP/1.1\r\nX-Pad: ${"p".repeat(20_000)}`),
  ],
];

describe("requests Node's HTTP parser refuses", () => {
  const server = useLoggedServer();

  it.each(refusedByParser)("when sent %s, answers %i %s as JSON", async (_name, status, code, bytes) => {
    await expectRowsUnchanged(server(), async () => {
      const answer = parseRawAnswer(await rawHttp(server(), bytes));
      expect(answer.status).toBe(status);
      expect(answer.headers).toContain("content-type: application/json; charset=utf-8");
      expect(answer.headers.some((h) => h.startsWith("set-cookie"))).toBe(false);
      expect(answer.body).toEqual({ error: { code, message: expect.stringMatching(/[ạ-ỹđ]/), details: [] } });
    });
  });

  it("when a request has an LF-separated extra header, it is only a request header, never echoed", async () => {
    const answer = parseRawAnswer(
      await rawHttp(
        server(),
        request("GET /api/communes/07222 HTTP/1.1\r\nX-Device-Id: a\r\nSet-Cookie: injected=1"),
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.some((h) => h.includes("injected"))).toBe(false);
  });

  it("when a CORS origin only looks like the Mini App's, allows no origin", async () => {
    for (const origin of [
      "https://h5.zdn.vn.evil.example",
      "http://localhost.evil.example",
      "https://evil.example/h5.zdn.vn",
    ]) {
      const res = await fetch(`${server().url}/api/survey`, { headers: { origin } });
      expect({ origin, allowed: res.headers.get("access-control-allow-origin") }).toEqual({
        origin,
        allowed: null,
      });
    }
  });

  it("logs only the parser's error code, never the raw request with its token or device id", () => {
    expectQuietLog(server().logLines, {
      shows: "malformed HTTP request refused",
      secrets: [TEST_ADMIN_TOKEN, DEVICE_ID, "rawPacket"],
    });
  });
});
