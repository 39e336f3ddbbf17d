import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import type { TestServer } from "../../src/testing";
import { FakeZaloServer, fixture } from "../fake-zalo/fake-zalo-server";
import { groupImageEvent, groupTextEvent, signZaloEvent } from "../fake-zalo/webhook-events";
import { deliver, errorCode, postWebhook, startZaloTestServer, waitForEvent } from "./group-test-kit";

const rawFixture = (name: string) =>
  readFileSync(join(__dirname, "../fixtures/zalo", name), "utf8").replace(/\n$/, "");
const fixtureSignature = (name: string) =>
  (fixture("webhook.signatures.json")[name] as { headers: Record<string, string> }).headers[
    "X-ZEvent-Signature"
  ]!;

describe("the Zalo webhook (POST /webhooks/zalo)", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const eventRows = async (msgId: string) =>
    queryRows<{ event_key: string }>(
      server.context.db,
      sql`SELECT event_key FROM zalo_events WHERE event_key = ${`zalo:${msgId}`}`,
    );
  const outboxCount = async () =>
    (await queryRows<{ n: number }>(server.context.db, sql`SELECT count(*)::int AS n FROM group_outbox`))[0]!
      .n;

  // Zalo's samples were sent on 30/5/2024: the server's clock is put just after them, since older events are dropped.
  const justAfter = (name: string) =>
    server.setNow(
      new Date(Number((JSON.parse(rawFixture(name)) as { timestamp: string }).timestamp) + 60_000),
    );
  afterEach(() => server.setNow(new Date("2024-06-12T03:00:00Z")));

  it("when the signature of Zalo's own sample event matches its raw bytes, the event is handled", async () => {
    const raw = rawFixture("webhook.user_send_group_text.json");
    justAfter("webhook.user_send_group_text.json");
    const res = await postWebhook(server, raw, fixtureSignature("webhook.user_send_group_text.json"));
    expect(res.status).toBe(200);
    await waitForEvent(server, "e2a641af6661713b2874");
    await deliver(server);
    expect(fake.texts().at(-1)).toBe("❓ Bot không hiểu lệnh /baocao. Gõ /huongdan để xem các lệnh.");
  });

  it("when a photo event is signed correctly, an unregistered sender is told to register first", async () => {
    const raw = rawFixture("webhook.user_send_group_image.json");
    justAfter("webhook.user_send_group_image.json");
    expect(
      (await postWebhook(server, raw, fixtureSignature("webhook.user_send_group_image.json"))).status,
    ).toBe(200);
    await waitForEvent(server, "f3b752b07772824c3985");
    await deliver(server);
    expect(fake.texts().at(-1)).toContain("chưa đăng ký xã");
  });

  it("when the body was changed after signing, answers 401 and handles nothing", async () => {
    const { raw, msgId } = groupTextEvent({ senderId: "5510185758261927916", text: "/dangky 07222" });
    const before = await outboxCount();
    const tampered = raw.replace("07222", "07201");
    const res = await postWebhook(server, tampered, signZaloEvent(raw));
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe("BAD_SIGNATURE");
    expect(await eventRows(msgId)).toEqual([]);
    expect(await outboxCount()).toBe(before);
  });

  it("when the signature is missing, malformed or made with another secret, answers 401", async () => {
    const { raw, msgId } = groupTextEvent({ senderId: "5510185758261927916", text: "/huongdan" });
    expect((await postWebhook(server, raw, null)).status).toBe(401);
    expect((await postWebhook(server, raw, "mac=xyz")).status).toBe(401);
    expect((await postWebhook(server, raw, signZaloEvent(raw).replace("mac=", ""))).status).toBe(401);
    expect((await postWebhook(server, raw, signZaloEvent(raw, "the-app-secret-not-the-oa-key"))).status).toBe(
      401,
    );
    expect(await eventRows(msgId)).toEqual([]);
  });

  it("when Zalo delivers the same msg_id again (even at the same time), it is handled once", async () => {
    const { raw, msgId } = groupTextEvent({ senderId: "777", text: "/huongdan" });
    const before = fake.sent.length;
    const answers = await Promise.all([
      postWebhook(server, raw),
      postWebhook(server, raw),
      postWebhook(server, raw),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    await waitForEvent(server, msgId);
    expect((await postWebhook(server, raw)).status).toBe(200);
    await deliver(server);
    expect(fake.sent.length - before).toBe(1);
    expect(fake.texts().at(-1)).toContain("Hướng dẫn dùng bot PKS02");
    expect(await eventRows(msgId)).toHaveLength(1);
  });

  it("acknowledges an event more than 24 hours old and does not handle it", async () => {
    const now = new Date("2024-06-12T03:00:00Z").getTime();
    const old = groupTextEvent({ senderId: "777", text: "/huongdan", timestamp: now - 25 * 3600_000 });
    const recent = groupTextEvent({ senderId: "777", text: "/huongdan", timestamp: now - 23 * 3600_000 });
    expect((await postWebhook(server, old.raw)).status).toBe(200);
    expect((await postWebhook(server, recent.raw)).status).toBe(200);
    await waitForEvent(server, recent.msgId); // handled after the old one, on the same server
    expect(await eventRows(old.msgId)).toEqual([]);
  });

  it("ignores events from other groups and events that need no action", async () => {
    const other = groupTextEvent({ senderId: "777", text: "/huongdan", groupId: "another-group" });
    const join = rawFixture("webhook.user_join_group.json");
    const before = await outboxCount();
    expect((await postWebhook(server, other.raw)).status).toBe(200);
    expect((await postWebhook(server, join, fixtureSignature("webhook.user_join_group.json"))).status).toBe(
      200,
    );
    const image = groupImageEvent({ senderId: "777" });
    await postWebhook(server, image.raw);
    await waitForEvent(server, image.msgId); // handled after the two above, on the same server
    expect(await eventRows(other.msgId)).toEqual([]);
    expect(await outboxCount()).toBe(before + 1); // only the photo's "please register" reply
  });
});
