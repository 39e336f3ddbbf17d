import { bigserial, boolean, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { bytea } from "../outbox/schema";

/** Mirrors migrations/0003_group_bot.sql: what the console group shows when Zalo is not configured. */
export const consoleGroupMessages = pgTable("console_group_messages", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  author: text("author").notNull(),
  fromBot: boolean("from_bot").notNull(),
  text: text("text"),
  imageUrl: text("image_url"),
  imageData: bytea("image_data"),
  imageType: text("image_type"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  groupScope: text("group_scope").notNull().default("province"),
});
