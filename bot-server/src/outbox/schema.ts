import { bigserial, customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** Mirrors migrations/0003_group_bot.sql: posts waiting for (or done with) delivery to the group. */
export const groupOutbox = pgTable("group_outbox", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  idempotencyKey: text("idempotency_key").notNull().unique(),
  batch: text("batch").notNull(),
  kind: text("kind", { enum: ["text", "image"] }).notNull(),
  text: text("text"),
  imageData: bytea("image_data"),
  imageType: text("image_type", { enum: ["image/jpeg", "image/png"] }),
  status: text("status", { enum: ["pending", "sent", "failed"] })
    .notNull()
    .default("pending"),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
  lastError: text("last_error"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
  groupScope: text("group_scope").notNull().default("province"),
});
