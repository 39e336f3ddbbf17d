import { gzipSync } from "node:zlib";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { listVisitCountChanges } from "../../src/visits/visits-repository";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** The login page's nonce cookie and the CSRF token of its form. */
async function loginForm(server: TestServer, headers: Record<string, string> = {}) {
  const page = await server.request("/dashboard/login", { headers });
  const cookie = page.headers.get("set-cookie")!.split(";")[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return { cookie, csrf };
}

async function logIn(server: TestServer, headers: Record<string, string> = {}) {
  const { cookie, csrf } = await loginForm(server, headers);
  const response = await server.request("/dashboard/login", {
    method: "POST",
    redirect: "manual",
    headers: { ...FORM, ...headers, cookie },
    body: new URLSearchParams({ _csrf: csrf, token: TEST_ADMIN_TOKEN }).toString(),
  });
  return response;
}

describe("dashboard forms and cookies", () => {
  let server: TestServer;
  beforeAll(async () => {
    // Behind the HTTPS proxy that says X-Forwarded-Proto: the proxy must be trusted (TRUST_PROXY) for it to count.
    server = await startTestServer({ env: { TRUST_PROXY: "loopback" } });
  });
  afterAll(async () => {
    await server.close();
  });

  it("the session cookie is HttpOnly, SameSite=Strict and expiring; Secure when reached over HTTPS", async () => {
    const plain = (await logIn(server)).headers.get("set-cookie")!;
    expect(plain).toMatch(
      /^pks02_session=[^;]+; Max-Age=43200; Path=\/dashboard; Expires=[^;]+; HttpOnly; SameSite=Strict/,
    );
    expect(plain.split(",")[0]).not.toMatch(/Secure/);
    const secure = (await logIn(server, { "x-forwarded-proto": "https" })).headers.get("set-cookie")!;
    expect(secure.split(", pks02_login")[0]).toMatch(/; Secure/);
  });

  it("a login posted without the form's CSRF token, or from another site, opens no session", async () => {
    const { cookie, csrf } = await loginForm(server);
    const attempts: { headers: Record<string, string>; body: Record<string, string> }[] = [
      { headers: { ...FORM, cookie }, body: { token: TEST_ADMIN_TOKEN } },
      { headers: { ...FORM }, body: { _csrf: csrf, token: TEST_ADMIN_TOKEN } },
      {
        headers: { ...FORM, cookie, "sec-fetch-site": "cross-site" },
        body: { _csrf: csrf, token: TEST_ADMIN_TOKEN },
      },
    ];
    for (const attempt of attempts) {
      const response = await server.request("/dashboard/login", {
        method: "POST",
        redirect: "manual",
        headers: attempt.headers,
        body: new URLSearchParams(attempt.body).toString(),
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie") ?? "").not.toMatch(/pks02_session=[^;]/);
      expect(await response.text()).toContain("Biểu mẫu đã hết hạn");
    }
  });

  it("a count posted with a session but a wrong CSRF token changes nothing", async () => {
    const session = (await logIn(server)).headers.get("set-cookie")!.split(";")[0]!;
    const response = await server.request("/dashboard/nhap-luot-den", {
      method: "POST",
      headers: { ...FORM, cookie: session },
      body: new URLSearchParams({ _csrf: "forged", xa: "07222", ngay: "2024-06-12", luot: "50" }).toString(),
    });
    expect(response.status).toBe(403);
    const campaignId = server.config.campaigns.defaultCampaign.id;
    expect(await listVisitCountChanges(server.context.db, campaignId, "07222", "2024-06-12")).toEqual([]);
  });

  it("a page asked without a session goes to the login page and comes back after it", async () => {
    const response = await server.request("/dashboard/xa/07222", { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/dashboard/login?tiep=%2Fdashboard%2Fxa%2F07222");
  });

  it("a first load of the heaviest page (count entry, 209 communes, with its stylesheet and script) is under 100 KB gzipped", async () => {
    const session = (await logIn(server)).headers.get("set-cookie")!.split(";")[0]!;
    const paths = [
      "/dashboard/nhap-luot-den?xa=07222&ngay=2024-06-12",
      "/dashboard/assets/dashboard.css",
      "/dashboard/assets/dashboard.js",
    ];
    let total = 0;
    for (const path of paths) {
      const response = await server.request(path, {
        headers: { cookie: session, "accept-encoding": "gzip" },
      });
      expect(response.status).toBe(200);
      total += gzipSync(Buffer.from(await response.arrayBuffer())).length;
    }
    expect(total).toBeGreaterThan(1_000);
    expect(total).toBeLessThan(100_000);
  });
});
