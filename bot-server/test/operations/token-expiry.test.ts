import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { runSlot } from "../../src/jobs/scheduler";
import type { TestServer } from "../../src/testing";
import { zaloOaTokens } from "../../src/zalo/schema";
import { zaloServerForSuite } from "../group-bot/group-test-kit";

const DAY_MS = 86_400_000;

async function warnings(server: TestServer): Promise<string[]> {
  const rows = await queryRows<{ text: string }>(
    server.context.db,
    sql`SELECT text FROM group_outbox WHERE batch LIKE 'oa-token-expiry:%' ORDER BY id`,
  );
  return rows.map((r) => r.text);
}

/** The stored pair as if the OA had last been authorised `daysAgo` days before the server's "now". */
async function storePairFrom(server: TestServer, daysAgo: number): Promise<void> {
  const updatedAt = new Date(server.context.now().getTime() - daysAgo * DAY_MS);
  await server.context.db
    .insert(zaloOaTokens)
    .values({ id: 1, accessToken: "a", refreshToken: "r", expiresAt: null, updatedAt })
    .onConflictDoUpdate({ target: zaloOaTokens.id, set: { updatedAt } });
}

describe("the OA refresh token's expiry warning", () => {
  const rig = zaloServerForSuite();

  it("says nothing while more than two weeks are left", async () => {
    await storePairFrom(rig.server, 70);
    await runSlot(rig.server.context, "morning");
    expect(await warnings(rig.server)).toEqual([]);
  });

  it("warns the admins in the group at the morning slot from two weeks before, once a day", async () => {
    await storePairFrom(rig.server, 80);
    await runSlot(rig.server.context, "morning");
    await runSlot(rig.server.context, "morning");
    await runSlot(rig.server.context, "evening");
    const posted = await warnings(rig.server);
    expect(posted).toHaveLength(1);
    // The pair stored on 24/3/2024 (80 days before 12/6/2024) lasts 90 days: until 22/6/2024, 10 days on.
    expect(posted[0]).toMatch(/^⚠️ Gửi quản trị viên: .*còn 10 ngày là hết hạn \(22\/06\/2024\)/);
  });
});
