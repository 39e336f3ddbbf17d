import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { DEVICE_IDS_WARNING } from "../../src/server";
import { createMemoryLog, startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { startFakeZaloGraph, type FakeZaloGraph } from "../intake/fake-zalo-graph";
import { noonOf, SONG_MAI } from "../intake/intake-fixtures";
import { deliver, seedResponses } from "../group-bot/group-test-kit";

const MINI_APP_ID = "3010090187281842176";
const APP_SECRET = "zalo-app-secret-for-tests";

const responseCount = async (server: TestServer) =>
  (await queryRows<{ n: number }>(server.context.db, sql`SELECT count(*)::int AS n FROM responses`))[0]!.n;

describe("production identity (DATABASE_URL, a Mini App id, no ALLOW_DEVICE_IDS)", () => {
  let graph: FakeZaloGraph;
  let server: TestServer;
  beforeAll(async () => {
    graph = await startFakeZaloGraph({ "token-of-lan-aaaaaaaa": "8012345678901234567" });
    server = await startTestServer({
      now: noonOf("2024-06-12"),
      env: {
        ZALO_MINI_APP_ID: MINI_APP_ID,
        ZALO_APP_SECRET: APP_SECRET,
        ZALO_GRAPH_API_BASE: graph.url,
        ALLOW_DEVICE_IDS: "false",
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it("refuses 20 fresh device ids for one commune with 401 DEVICE_ID_REFUSED and stores none", async () => {
    for (let i = 0; i < 20; i++) {
      const res = await server.request("/api/responses", {
        method: "POST",
        json: buildResponseInput({ communeCode: SONG_MAI }),
        headers: newDeviceHeaders(),
      });
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("DEVICE_ID_REFUSED");
    }
    expect(await responseCount(server)).toBe(0);
  });

  it("asks Zalo as zmp-sdk does, with miniapp_id, and proves the app with appsecret_proof", async () => {
    const res = await server.request("/api/responses", {
      method: "POST",
      json: buildResponseInput(),
      headers: { "x-zalo-access-token": "token-of-lan-aaaaaaaa" },
    });
    expect(res.status).toBe(201);
    const proof = createHmac("sha256", APP_SECRET).update("token-of-lan-aaaaaaaa").digest("hex");
    expect(graph.requests.at(-1)).toEqual({
      path: `/v2.0/me?fields=id&miniapp_id=${MINI_APP_ID}`,
      accessToken: "token-of-lan-aaaaaaaa",
      appsecretProof: proof,
    });
  });
});

describe("ALLOW_DEVICE_IDS=true on a production database", () => {
  const log = createMemoryLog("warn");
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12"), logger: log.logger });
  });
  afterAll(async () => {
    await server.close();
  });

  it("warns at start-up, and the progress and the evening summary mark the unverified responses", async () => {
    expect(log.lines.join("")).toContain(DEVICE_IDS_WARNING);
    await seedResponses(server, SONG_MAI, 3);
    const progress = await (
      await server.request("/api/progress?date=2024-06-12", { token: TEST_ADMIN_TOKEN })
    ).json();
    expect(progress.province).toMatchObject({ responses: 3, unverifiedResponses: 3 });
    expect(progress.communes.find((c: { code: string }) => c.code === SONG_MAI)).toMatchObject({
      unverifiedResponses: 3,
    });
    const run = await server.request("/api/admin/jobs/daily-summary/run", {
      method: "POST",
      json: { date: "2024-06-12" },
      token: TEST_ADMIN_TOKEN,
    });
    expect(run.status).toBe(200);
    await deliver(server);
    const posted = await (
      await server.request("/api/admin/group-messages", { token: TEST_ADMIN_TOKEN })
    ).json();
    const texts = posted.messages.map((m: { text: string | null }) => m.text ?? "").join("\n");
    expect(texts).toContain("3 phiếu chỉ có mã thiết bị, chưa xác minh qua Zalo");
  });
});
