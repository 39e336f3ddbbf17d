import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { startTestServer, TEST_HASH_SECRET, type TestServer } from "../../src/testing";
import { buildResponseInput } from "../../src/testing/factories";
import { respondentKey } from "../../src/respondents/resolve-respondent";
import { createZaloGraphClient } from "../../src/respondents/zalo-graph";
import { ZaloApiError, ZaloNetworkError } from "../../src/zalo/errors";
import { startFakeZaloGraph, type FakeZaloGraph } from "./fake-zalo-graph";
import { noonOf, respondentKeysOf } from "./intake-fixtures";

const ZALO_USER = "8012345678901234567";
const TOKENS = {
  "token-of-lan-aaaaaaaa": ZALO_USER,
  "token-of-lan-bbbbbbbb": ZALO_USER,
  "token-of-minh-cccccc": "8099999999999999999",
};

describe("respondents inside Zalo (a Mini App id is configured)", () => {
  let graph: FakeZaloGraph;
  let server: TestServer;
  beforeAll(async () => {
    graph = await startFakeZaloGraph(TOKENS);
    server = await startTestServer({
      now: noonOf("2024-06-12"),
      env: {
        ZALO_MINI_APP_ID: "3010090187281842176",
        ZALO_GRAPH_API_BASE: graph.url,
        ALLOW_DEVICE_IDS: "false",
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });
  afterEach(() => graph.setMode("normal"));

  const post = (body: unknown, headers: Record<string, string>) =>
    server.request("/api/responses", { method: "POST", json: body, headers });
  const rowOf = async (submissionId: string) =>
    (
      await queryRows<Record<string, unknown>>(
        server.context.db,
        sql`SELECT * FROM responses WHERE submission_id = ${submissionId}`,
      )
    )[0];

  it("keeps only the keyed hash of the Zalo user id that Zalo's Graph API returns for the token", async () => {
    const input = buildResponseInput();
    const res = await post(input, { "x-zalo-access-token": "token-of-lan-aaaaaaaa" });
    expect(res.status).toBe(201);
    expect(graph.requests.at(-1)).toEqual({
      path: "/v2.0/me?fields=id&miniapp_id=3010090187281842176",
      accessToken: "token-of-lan-aaaaaaaa",
    });
    const row = await rowOf(input.submissionId);
    expect(row).toMatchObject({ identity_kind: "zalo" });
    expect(await respondentKeysOf(server.context.db, input.communeCode)).toEqual([
      respondentKey(TEST_HASH_SECRET, "zalo", ZALO_USER),
    ]);
    expect(JSON.stringify(row)).not.toContain(ZALO_USER);
    expect(JSON.stringify(row)).not.toContain("token-of-lan");
  });

  it("recognises the same Zalo user behind a new token: a second answer for the commune is 409 ALREADY_ANSWERED", async () => {
    const res = await post(buildResponseInput(), { "x-zalo-access-token": "token-of-lan-bbbbbbbb" });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("ALREADY_ANSWERED");
    expect((await post(buildResponseInput(), { "x-zalo-access-token": "token-of-minh-cccccc" })).status).toBe(
      201,
    );
  });

  it.each([
    ["a token Zalo refuses", { "x-zalo-access-token": "expired-token-12345" }],
    ["a token with spaces", { "x-zalo-access-token": "not a token" }],
  ])("refuses %s with 401 ZALO_TOKEN_INVALID and stores nothing", async (_label, headers) => {
    const input = buildResponseInput({ communeCode: "07201" });
    const res = await post(input, headers);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("ZALO_TOKEN_INVALID");
    expect(await rowOf(input.submissionId)).toBeUndefined();
  });

  it("answers 503 ZALO_UNAVAILABLE when Zalo cannot be asked, so the Mini App retries later", async () => {
    graph.setMode("down");
    const input = buildResponseInput({ communeCode: "07204" });
    const res = await post(input, { "x-zalo-access-token": "token-of-minh-cccccc" });
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("ZALO_UNAVAILABLE");
    expect(await rowOf(input.submissionId)).toBeUndefined();
    graph.setMode("normal");
    expect((await post(input, { "x-zalo-access-token": "token-of-minh-cccccc" })).status).toBe(201);
  });
});

describe("the Zalo Graph client", () => {
  let graph: FakeZaloGraph;
  beforeAll(async () => {
    graph = await startFakeZaloGraph(TOKENS);
  });
  afterAll(async () => {
    await graph.close();
  });
  afterEach(() => graph.setMode("normal"));

  it("returns the user id for a known token", async () => {
    await expect(
      createZaloGraphClient({ baseUrl: graph.url }).fetchUserId("token-of-minh-cccccc"),
    ).resolves.toBe("8099999999999999999");
  });

  it("tells a refused token (ZaloApiError, with Zalo's code) from an unreachable Zalo (ZaloNetworkError)", async () => {
    const client = createZaloGraphClient({ baseUrl: graph.url });
    await expect(client.fetchUserId("unknown-token")).rejects.toEqual(expect.any(ZaloApiError));
    await expect(client.fetchUserId("unknown-token")).rejects.toMatchObject({ code: 452 });
    graph.setMode("down");
    await expect(client.fetchUserId("token-of-minh-cccccc")).rejects.toEqual(expect.any(ZaloNetworkError));
    const closedPort = createZaloGraphClient({ baseUrl: "http://127.0.0.1:9" });
    await expect(closedPort.fetchUserId("token-of-minh-cccccc")).rejects.toEqual(
      expect.any(ZaloNetworkError),
    );
  });

  it("gives up on a Zalo that does not answer, as unavailable", async () => {
    graph.setMode("silent");
    const client = createZaloGraphClient({ baseUrl: graph.url, timeoutMs: 100 });
    await expect(client.fetchUserId("token-of-minh-cccccc")).rejects.toEqual(expect.any(ZaloNetworkError));
  });

  it("reads Zalo's other error shape, {error: {code, message}}", async () => {
    const fetchImpl = (async () =>
      new Response(JSON.stringify({ error: { code: 124, message: "Invalid access token" } }), {
        status: 200,
      })) as typeof fetch;
    const client = createZaloGraphClient({ baseUrl: "http://zalo.invalid", fetch: fetchImpl });
    await expect(client.fetchUserId("anything")).rejects.toMatchObject({
      code: 124,
      message: expect.stringContaining("Invalid access token"),
    });
  });
});
