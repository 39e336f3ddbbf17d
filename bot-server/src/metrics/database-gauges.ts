import { sql } from "drizzle-orm";
import { Gauge } from "prom-client";
import type { AppContext } from "../context";
import { queryRows } from "../db/database";
import { refreshTokenDaysLeft } from "../zalo/token-expiry";
import type { Metrics } from "./metrics";

interface OutboxRow {
  pending: string | number;
  failed: string | number;
  oldest: string | Date | null;
}

/** Pending and failed-for-good group posts, and the age of the oldest pending one (0 when none). */
async function outboxState(ctx: AppContext) {
  const [row] = await queryRows<OutboxRow>(
    ctx.db,
    sql`SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
               count(*) FILTER (WHERE status = 'failed') AS failed,
               min(created_at) FILTER (WHERE status = 'pending') AS oldest
        FROM group_outbox`,
  );
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : undefined;
  return {
    pending: Number(row?.pending ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestAgeSeconds: oldest === undefined ? 0 : Math.max(0, (ctx.now().getTime() - oldest) / 1000),
  };
}

/**
 * Gauges read from the database at each scrape, so they hold for every process sharing it and survive
 * restarts: the outbox, the recorded job runs, the days left on the OA refresh token.
 */
export function registerDatabaseGauges(ctx: AppContext, metrics: Metrics): void {
  const registers = [metrics.registry];
  // Gauges are collected concurrently, so each asks for what it shows.
  new Gauge({
    name: "pks02_outbox_messages",
    help: "Group posts in the outbox by status (pending: waiting or retrying; failed: given up)",
    labelNames: ["status"],
    registers,
    async collect() {
      const state = await outboxState(ctx);
      this.set({ status: "pending" }, state.pending);
      this.set({ status: "failed" }, state.failed);
    },
  });
  new Gauge({
    name: "pks02_outbox_oldest_pending_age_seconds",
    help: "Age of the oldest group post still waiting to be delivered (0 when none)",
    registers,
    async collect() {
      this.set((await outboxState(ctx)).oldestAgeSeconds);
    },
  });
  new Gauge({
    name: "pks02_job_runs",
    help: "Recorded runs of the scheduled jobs, by job and trigger (schedule, admin, cli)",
    labelNames: ["job", "trigger"],
    registers,
    async collect() {
      const rows = await queryRows<{ job: string; trigger: string; runs: string | number }>(
        ctx.db,
        sql`SELECT job, trigger, count(*) AS runs FROM job_runs GROUP BY job, trigger`,
      );
      this.reset();
      for (const row of rows) this.set({ job: row.job, trigger: row.trigger }, Number(row.runs));
    },
  });
  new Gauge({
    name: "pks02_zalo_oa_refresh_token_days_left",
    help: "Days before the OA refresh token expires (absent without the real Zalo group)",
    registers,
    async collect() {
      this.reset();
      const days = await refreshTokenDaysLeft(ctx);
      if (days !== undefined) this.set(Math.round(days * 100) / 100);
    },
  });
}
