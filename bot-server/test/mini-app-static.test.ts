import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "../src/testing";

const SCRIPT = `console.log(${JSON.stringify("Phiếu khảo sát ".repeat(2000))});`;

/** GET with exactly these headers and the body as sent (fetch() would decompress it). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      }).on("error", reject);
    },
  );
}

describe("serving the built Mini App at /app/", () => {
  const dir = mkdtempSync(join(tmpdir(), "pks02-www-"));
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>PKS02</title>");
    writeFileSync(join(dir, "assets/index.abc123.module.js"), SCRIPT);
    server = await startTestServer({ env: { MINI_APP_DIR: dir } });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("revalidates index.html on every load, so a new build never leaves a blank page", async () => {
    const res = await server.request("/app/?commune=07201");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>PKS02</title>");
    expect(res.headers.get("cache-control")).toBe("no-cache");
  });

  it("caches the hashed assets for a year", async () => {
    const res = await server.request("/app/assets/index.abc123.module.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("when the phone accepts gzip, the scripts come compressed (weak 3G), and read the same unpacked", async () => {
    const res = await rawGet(`${server.url}/app/assets/index.abc123.module.js`, {
      "Accept-Encoding": "gzip, deflate, br",
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    expect(gunzipSync(res.body).toString("utf8")).toBe(SCRIPT);
  });

  it("when the phone does not accept gzip, the scripts come as they are", async () => {
    for (const encoding of ["identity", "gzip;q=0, br"]) {
      const res = await rawGet(`${server.url}/app/assets/index.abc123.module.js`, {
        "Accept-Encoding": encoding,
      });
      expect(res.status).toBe(200);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.body.toString("utf8")).toBe(SCRIPT);
    }
  });

  it("says how to build the app when it has not been built", async () => {
    const missing = await startTestServer({ env: { MINI_APP_DIR: join(dir, "nope") } });
    try {
      const res = await missing.request("/app/");
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("npm run build:app");
    } finally {
      await missing.close();
    }
  });
});
