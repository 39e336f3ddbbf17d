import { pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

/** Mirrors migrations/0003_group_bot.sql: the OA's current token pair (one row, id = 1). */
export const zaloOaTokens = pgTable("zalo_oa_tokens", {
  id: smallint("id").primaryKey().default(1),
  accessToken: text("access_token").notNull(),
  refreshToken: text("refresh_token"),
  expiresAt: timestamp("expires_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/** Webhook events already taken (msg_id or event name + timestamp); processed_at once handled. */
export const zaloEvents = pgTable("zalo_events", {
  eventKey: text("event_key").primaryKey(),
  eventName: text("event_name").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }),
});
