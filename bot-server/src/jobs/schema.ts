import { DEFAULT_CAMPAIGN_ID } from "@pks02/shared";
import { bigserial, boolean, date, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const JOB_NAMES = [
  "morning-reminder",
  "afternoon-check",
  "daily-summary",
  "final-summary",
  "roster-reminder",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Mirrors migrations/0003_group_bot.sql: one row per run; unique (job, run_date) among unforced runs. */
export const jobRuns = pgTable("job_runs", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
  job: text("job", { enum: JOB_NAMES }).notNull(),
  runDate: date("run_date", { mode: "string" }).notNull(),
  forced: boolean("forced").notNull().default(false),
  trigger: text("trigger", { enum: ["schedule", "admin", "cli"] }).notNull(),
  messageCount: integer("message_count").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
