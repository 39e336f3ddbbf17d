import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { enqueue } from "../../src/outbox/outbox-repository";
import type { RunningServer } from "../../src/server";
import type { TestServer } from "../../src/testing";
import { ZaloApiError, ZaloNetworkError } from "../../src/zalo/errors";
import { OaClient } from "../../src/zalo/oa-client";
import { refreshOaToken } from "../../src/zalo/oauth";
import { refreshAccessToken } from "../../src/zalo/token-store";
import { FAKE_APP_ID, FAKE_APP_SECRET, FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { deliver, startSibling, startZaloTestServer } from "./group-test-kit";

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe("the Zalo OA client and its tokens", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  let sibling: RunningServer;
  let posts = 0;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake);
    sibling = await startSibling(server);
  });
  afterAll(async () => {
    await sibling.close();
    await server.close();
    await fake.close();
  });

  const settings = () => ({ oauthBase: fake.url, appId: FAKE_APP_ID, appSecret: FAKE_APP_SECRET });
  const tokenRow = async () =>
    (
      await queryRows<{ access_token: string; refresh_token: string; expires_at: string | null }>(
        server.context.db,
        sql`SELECT access_token, refresh_token, expires_at FROM zalo_oa_tokens`,
      )
    )[0];
  const post = async (text: string) => {
    posts += 1;
    await enqueue(server.context.db, `test:${posts}`, [{ kind: "text", text }], server.context.now());
    return deliver(server);
  };

  it("sends a text to the group with the configured access token", async () => {
    expect(await post("Nhắc việc: đề nghị các xã gửi ảnh báo cáo trước 16h00.")).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(fake.sent.at(-1)).toEqual({
      groupId: "df7d5a31765c9f02c64d",
      text: "Nhắc việc: đề nghị các xã gửi ảnh báo cáo trước 16h00.",
      attachmentId: undefined,
      accessToken: "test-access-token-1",
    });
  });

  it("on -216 refreshes once, stores the rotated pair before using it, and retries the send", async () => {
    fake.expireAccessTokens();
    expect(await post("sau khi làm mới mã")).toEqual({ sent: 1, failed: 0 });
    expect(fake.refreshes).toEqual(["test-refresh-token-1"]);
    expect(fake.sent.at(-1)).toMatchObject({
      text: "sau khi làm mới mã",
      accessToken: "test-access-token-2",
    });
    const row = await tokenRow();
    expect(row).toMatchObject({ access_token: "test-access-token-2", refresh_token: "test-refresh-token-2" });
    expect(new Date(row!.expires_at!).getTime()).toBe(server.context.now().getTime() + 90_000 * 1000);
  });

  it("spends each refresh token once: the next refresh uses token 2, and token 1 is refused with -14020", async () => {
    fake.expireAccessTokens();
    await post("lần làm mới thứ hai");
    expect(fake.refreshes).toEqual(["test-refresh-token-1", "test-refresh-token-2"]);
    expect((await tokenRow())?.refresh_token).toBe("test-refresh-token-3");
    await expect(refreshOaToken(settings(), "test-refresh-token-1")).rejects.toMatchObject({ code: -14020 });
  });

  it("when two processes refresh at the same time, the refresh token is spent once and both get the new token", async () => {
    fake.expireAccessTokens();
    const stale = (await tokenRow())!.access_token;
    const before = fake.refreshes.length;
    const [a, b] = await Promise.all([
      refreshAccessToken(server.context, settings(), stale),
      refreshAccessToken(sibling.context, settings(), stale),
    ]);
    expect(a).toBe(b);
    expect(a).toBe("test-access-token-4");
    expect(fake.refreshes.length - before).toBe(1);
  });

  it("refreshes ahead of time when the stored access token is about to expire", async () => {
    const before = fake.refreshes.length;
    const now = server.context.now();
    server.setNow(new Date(now.getTime() + 90_000 * 1000 - 60_000)); // a minute before the token expires
    try {
      expect(await post("trước khi mã hết hạn")).toEqual({ sent: 1, failed: 0 });
    } finally {
      server.setNow(now);
    }
    expect(fake.refreshes.length - before).toBe(1);
    expect(fake.sent.at(-1)).toMatchObject({
      text: "trước khi mã hết hạn",
      accessToken: "test-access-token-5",
    });
  });

  it("uploads an image and sends it to the group as a media template", async () => {
    const client = new OaClient({ apiBase: fake.url });
    const attachmentId = await client.uploadImage("test-access-token-4", PNG, "image/png");
    await client.sendGroupImage(
      "test-access-token-4",
      "df7d5a31765c9f02c64d",
      attachmentId,
      "Tổng hợp ngày 12/06",
    );
    expect(fake.uploads).toBe(1);
    expect(fake.sent.at(-1)).toMatchObject({
      attachmentId: "test-attachment-id-0001",
      text: "Tổng hợp ngày 12/06",
    });
  });

  it("lists the OA's groups", async () => {
    const groups = await new OaClient({ apiBase: fake.url }).listGroups("test-access-token-4");
    expect(groups).toEqual([
      { groupId: "df7d5a31765c9f02c64d", name: "PKS02_2024", status: "enabled", totalMember: 287 },
    ]);
  });

  it("tells a refusal (error != 0) from a network failure", async () => {
    const client = new OaClient({ apiBase: fake.url });
    fake.failNextSends(1, "quota-error");
    const refused = client.sendGroupText("test-access-token-4", "g", "x");
    await expect(refused).rejects.toBeInstanceOf(ZaloApiError);
    await expect(client.sendGroupText("expired", "g", "x")).rejects.toMatchObject({
      code: -216,
      isInvalidToken: true,
    });
    fake.failNextSends(1, "http-500");
    await expect(client.sendGroupText("test-access-token-4", "g", "x")).rejects.toBeInstanceOf(
      ZaloNetworkError,
    );
    fake.failNextSends(1, "connection-reset");
    await expect(client.sendGroupText("test-access-token-4", "g", "x")).rejects.toBeInstanceOf(
      ZaloNetworkError,
    );
    const nowhere = new OaClient({ apiBase: "http://127.0.0.1:9" });
    await expect(nowhere.listGroups("t")).rejects.toBeInstanceOf(ZaloNetworkError);
  });

  it("when the stored refresh token is refused, the post waits in the outbox and the pair is left as it was", async () => {
    await queryRows(server.context.db, sql`UPDATE zalo_oa_tokens SET refresh_token = 'test-refresh-token-1'`);
    fake.expireAccessTokens();
    expect(await post("không gửi được")).toEqual({ sent: 0, failed: 1 });
    const [row] = await queryRows<{ status: string; last_error: string }>(
      server.context.db,
      sql`SELECT status, last_error FROM group_outbox WHERE batch = ${`test:${posts}`}`,
    );
    expect(row).toMatchObject({
      status: "pending",
      last_error: expect.stringContaining("authorise the OA again"),
    });
    expect((await tokenRow())?.refresh_token).toBe("test-refresh-token-1");
  });
});
