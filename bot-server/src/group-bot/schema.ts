import { date, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { communes, districts } from "../communes/schema";

/** Mirrors migrations/0003_group_bot.sql: a registered group member, known only by a keyed HMAC. */
export const groupMembers = pgTable("group_members", {
  memberKey: text("member_key").primaryKey(),
  role: text("role", { enum: ["commune", "district"] }).notNull(),
  communeCode: text("commune_code").references(() => communes.code),
  districtCode: text("district_code")
    .notNull()
    .references(() => districts.code),
  registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
});

/** A commune's photo report: one row per photo message (the image stays at Zalo). */
export const photoReports = pgTable("photo_reports", {
  eventKey: text("event_key").primaryKey(),
  communeCode: text("commune_code")
    .notNull()
    .references(() => communes.code),
  surveyDay: date("survey_day", { mode: "string" }).notNull(),
  memberKey: text("member_key").notNull(),
  imageUrl: text("image_url").notNull(),
  thumbnailUrl: text("thumbnail_url"),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
});
