import { startTestServer } from "../../src/testing";

const CODE = "SeEEB8ES51jdZCu-hOfK5MQ3rGwAyW9ICpW";

describe("Zalo's domain verification", () => {
  it("serves the meta tag at / and as zalo_verifier<code>.html when ZALO_SITE_VERIFICATION is set", async () => {
    const server = await startTestServer({ env: { ZALO_SITE_VERIFICATION: CODE } });
    try {
      for (const path of ["/", `/zalo_verifier${CODE}.html`]) {
        const res = await server.request(path);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(await res.text()).toContain(
          `<meta name="zalo-platform-site-verification" content="${CODE}" />`,
        );
      }
      expect((await server.request("/zalo_verifierSOMETHINGELSE.html")).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("leaves / a 404 without it", async () => {
    const server = await startTestServer();
    try {
      expect((await server.request("/")).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
