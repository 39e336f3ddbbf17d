// The Zalo API down for a while — 5xx, then -216 (an expired token), then 429 — across a restart of the bot
// server: every scheduled post and every reply reaches the group exactly once after it recovers.
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import type { RunningServer } from "../../src/server";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupTextEvent } from "../fake-zalo/webhook-events";
import {
  deliver,
  postWebhook,
  startSibling,
  startZaloTestServer,
  waitForEvent,
} from "../group-bot/group-test-kit";

describe("when the Zalo API is down, then recovers", () => {
  jest.setTimeout(120_000);
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { now: new Date("2024-06-12T13:00:00Z") }); // 20:00 on 12/06
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const later = (seconds: number) => server.setNow(new Date(server.context.now().getTime() + seconds * 1000));
  const outbox = () =>
    queryRows<{ text: string | null; status: string }>(
      server.context.db,
      sql`SELECT text, status FROM group_outbox ORDER BY id`,
    );

  it("every scheduled post and reply is delivered exactly once, across a restart", async () => {
    // Each round tries the head of every batch (three: the summary and two replies): 5xx, then 429.
    fake.failNextSends(3, "http-500");
    fake.failNextSends(3, "http-429");
    const job = await server.request("/api/admin/jobs/daily-summary/run", {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      json: { date: "2024-06-12" },
    });
    expect(job.status).toBe(200);
    for (const text of ["/huongdan", "/tiendo"]) {
      const event = groupTextEvent({ senderId: `member-${text}`, text });
      expect((await postWebhook(server, event.raw)).status).toBe(200);
      await waitForEvent(server, event.msgId);
    }
    const queued = (await outbox()).length;
    expect(queued).toBeGreaterThanOrEqual(3);

    let process: RunningServer = await startSibling(server);
    const failures: number[] = [];
    for (let round = 0; round < 12; round++) {
      if (round === 1) fake.expireAccessTokens(); // -216: the client refreshes the pair and retries
      if (round === 2) {
        await process.close(); // the bot server restarts while posts are still waiting
        process = await startSibling(server);
      }
      failures.push((await deliver(process)).failed);
      later(20 * 60);
    }
    await process.close();

    const rows = await outbox();
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const sentTexts = rows.map((r) => r.text ?? "").sort();
    expect([...fake.texts()].sort()).toEqual(sentTexts); // each once: none lost, none twice
    expect(failures.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6); // it really was down
    expect(fake.refreshes.length).toBeGreaterThanOrEqual(1);
  });
});
