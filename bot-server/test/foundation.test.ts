import { sql } from "drizzle-orm";
import { queryRows } from "../src/db/database";
import { migrate } from "../src/db/migrate";
import { seedRegistry } from "../src/communes/seed";
import { startTestServer, type TestServer } from "../src/testing";

describe("the bot server on a real PostgreSQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers /healthz with ok when the database answers", async () => {
    const res = await server.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("seeds the 209 communes in 10 districts, and seeding again changes nothing", async () => {
    await seedRegistry(server.context.db, server.config.campaigns);
    const [counts] = await queryRows<{ communes: number; districts: number }>(
      server.context.db,
      sql`SELECT (SELECT count(*)::int FROM communes) AS communes, (SELECT count(*)::int FROM districts) AS districts`,
    );
    expect(counts).toEqual({ communes: 209, districts: 10 });
  });

  it("applies each migration once, even when two processes migrate at the same time", async () => {
    const again = await Promise.all([migrate(server.database), migrate(server.database)]);
    expect(again).toEqual([[], []]);
    const applied = await queryRows<{ name: string }>(
      server.context.db,
      sql`SELECT name FROM schema_migrations`,
    );
    expect(applied.map((r) => r.name)).toContain("0001_communes.sql");
  });

  it("serves the survey definition with its window and phase", async () => {
    const res = await server.request("/api/survey");
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      definition: { id: "PKS02", version: expect.any(String) },
      window: { start: "2024-06-12", end: "2024-06-14" },
      phase: "open",
      today: "2024-06-12",
    });
  });

  it("sends the survey definition gzipped to a client that accepts it", async () => {
    const res = await server.request("/api/survey", { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect((await res.json()).definition.id).toBe("PKS02");
  });

  it("looks up a commune, and answers an unknown code with 404 COMMUNE_NOT_FOUND", async () => {
    const ok = await server.request("/api/communes/07222");
    expect(await ok.json()).toEqual({
      code: "07222",
      name: "Xã Song Mai",
      districtCode: "213",
      districtName: "Thành phố Bắc Giang",
    });
    const missing = await server.request("/api/communes/99999");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({
      code: "COMMUNE_NOT_FOUND",
      message: expect.stringContaining("mã QR"),
    });
  });

  it("answers unknown paths with a JSON 404 and sets security headers", async () => {
    const res = await server.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("allows the Mini App origin by CORS and not others", async () => {
    const zalo = await server.request("/api/survey", { headers: { origin: "https://h5.zdn.vn" } });
    expect(zalo.headers.get("access-control-allow-origin")).toBe("https://h5.zdn.vn");
    const other = await server.request("/api/survey", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("health when the database is gone", () => {
  it("answers 503", async () => {
    const server = await startTestServer();
    try {
      await server.testDatabase.drop(); // terminates the pool's connections and removes the database
      const res = await server.request("/healthz");
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable" });
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
