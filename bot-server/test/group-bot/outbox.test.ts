import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { enqueue } from "../../src/outbox/outbox-repository";
import { MAX_ATTEMPTS } from "../../src/outbox/worker";
import type { TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { deliver, startSibling, startZaloTestServer } from "./group-test-kit";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe("the outbox of group posts", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  const start = new Date("2024-06-12T13:00:00Z"); // 20:00 on 12/06
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { now: start });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });
  beforeEach(() => server.setNow(start));

  const later = (seconds: number) => server.setNow(new Date(server.context.now().getTime() + seconds * 1000));
  const texts = (batch: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ kind: "text" as const, text: `${batch} ${i + 1}` }));
  const row = async (key: string) =>
    (
      await queryRows<{
        status: string;
        attempts: number;
        next_attempt_at: string;
        last_error: string | null;
      }>(
        server.context.db,
        sql`SELECT status, attempts, next_attempt_at::text, last_error FROM group_outbox WHERE idempotency_key = ${key}`,
      )
    )[0];

  it("when the Zalo API fails for a while, retries with growing delays and delivers once it recovers", async () => {
    fake.failNextSends(1, "http-500");
    fake.failNextSends(1, "connection-reset");
    fake.failNextSends(1, "quota-error");
    await enqueue(server.context.db, "flaky", texts("flaky", 1), server.context.now());
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    expect(await row("flaky:part-1")).toMatchObject({
      status: "pending",
      attempts: 1,
      last_error: expect.stringContaining("HTTP 500"),
    });
    expect(await deliver(server)).toEqual({ sent: 0, failed: 0 }); // not due yet
    later(5);
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    later(9);
    expect(await deliver(server)).toEqual({ sent: 0, failed: 0 }); // the second wait is 10 s
    later(1);
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    later(20);
    expect(await deliver(server)).toEqual({ sent: 1, failed: 0 });
    expect(fake.texts().filter((t) => t === "flaky 1")).toHaveLength(1);
    expect(await row("flaky:part-1")).toMatchObject({ status: "sent", attempts: 4, last_error: null });
  });

  it("keeps the parts of a batch in order: a failed first part holds back the rest", async () => {
    fake.failNextSends(1);
    await enqueue(server.context.db, "ordered", texts("ordered", 3), server.context.now());
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    later(5);
    expect(await deliver(server)).toEqual({ sent: 3, failed: 0 });
    expect(fake.texts().slice(-3)).toEqual(["ordered 1", "ordered 2", "ordered 3"]);
  });

  it("queues a key once, however often it is enqueued", async () => {
    await enqueue(server.context.db, "twice", texts("twice", 2), server.context.now());
    await enqueue(server.context.db, "twice", texts("twice", 2), server.context.now());
    expect(await deliver(server)).toEqual({ sent: 2, failed: 0 });
  });

  it("delivers a post queued before a restart", async () => {
    const before = await startSibling(server);
    await enqueue(before.context.db, "restart", texts("restart", 1), before.context.now());
    await before.close(); // the process stops before its worker sent anything
    const after = await startSibling(server);
    try {
      expect(await deliver(after)).toEqual({ sent: 1, failed: 0 });
    } finally {
      await after.close();
    }
    expect(fake.texts().at(-1)).toBe("restart 1");
  });

  it("when two processes deliver at once, each post is sent exactly once", async () => {
    const other = await startSibling(server);
    try {
      const batches = ["a", "b", "c", "d", "e"];
      for (const batch of batches)
        await enqueue(server.context.db, `pair-${batch}`, texts(`pair-${batch}`, 2), server.context.now());
      const before = fake.sent.length;
      const [one, two] = await Promise.all([deliver(server), deliver(other)]);
      expect(one.sent + two.sent).toBe(10);
      const sent = fake.texts().slice(before);
      expect([...sent].sort()).toEqual(batches.flatMap((b) => [`pair-${b} 1`, `pair-${b} 2`]).sort());
      for (const b of batches) expect(sent.indexOf(`pair-${b} 1`)).toBeLessThan(sent.indexOf(`pair-${b} 2`));
    } finally {
      await other.close();
    }
  });

  it("uploads a queued image, then posts it with its caption", async () => {
    await enqueue(
      server.context.db,
      "image",
      [{ kind: "image", data: PNG, type: "image/png", caption: "Biểu đồ" }],
      server.context.now(),
    );
    expect(await deliver(server)).toEqual({ sent: 1, failed: 0 });
    expect(fake.uploads).toBe(1);
    expect(fake.sent.at(-1)).toMatchObject({ attachmentId: "test-attachment-id-0001", text: "Biểu đồ" });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and says so`, async () => {
    await enqueue(server.context.db, "hopeless", texts("hopeless", 1), server.context.now());
    await queryRows(
      server.context.db,
      sql`UPDATE group_outbox SET attempts = ${MAX_ATTEMPTS - 1} WHERE batch = 'hopeless'`,
    );
    fake.failNextSends(1, "quota-error");
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    expect(await row("hopeless:part-1")).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      last_error: expect.stringContaining("-224"),
    });
    later(24 * 3600);
    expect(await deliver(server)).toEqual({ sent: 0, failed: 0 });
  });
});
