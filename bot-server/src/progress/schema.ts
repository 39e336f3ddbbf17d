import { date, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { DEFAULT_CAMPAIGN_ID } from "@pks02/shared";
import { communes } from "../communes/schema";

/**
 * Mirrors migrations/0003_group_bot.sql: a commune's photo report (sent in the Zalo group), one row per
 * photo message (the image stays at Zalo).
 */
export const photoReports = pgTable("photo_reports", {
  eventKey: text("event_key").primaryKey(),
  campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
  communeCode: text("commune_code")
    .notNull()
    .references(() => communes.code),
  surveyDay: date("survey_day", { mode: "string" }).notNull(),
  memberKey: text("member_key").notNull(),
  imageUrl: text("image_url").notNull(),
  thumbnailUrl: text("thumbnail_url"),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
});
