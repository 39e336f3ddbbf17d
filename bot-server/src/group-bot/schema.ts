import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { communes, districts } from "../communes/schema";

/** Mirrors migrations/0003_group_bot.sql: a registered group member, known only by a keyed HMAC. */
export const groupMembers = pgTable("group_members", {
  memberKey: text("member_key").primaryKey(),
  role: text("role", { enum: ["commune", "district"] }).notNull(),
  communeCode: text("commune_code").references(() => communes.code),
  // Null for a unit of a registry without districts (migrations/0005_campaigns.sql).
  districtCode: text("district_code").references(() => districts.code),
  registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
});
