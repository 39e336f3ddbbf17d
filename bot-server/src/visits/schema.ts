import { bigserial, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { DEFAULT_CAMPAIGN_ID } from "@pks02/shared";
import { communes } from "../communes/schema";

export interface Helper {
  name: string;
  role: string;
  unit?: string;
}

/** Mirrors migrations/0002_intake.sql: the current count of one commune for one survey day. */
export const communeDayVisits = pgTable(
  "commune_day_visits",
  {
    campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    surveyDay: date("survey_day", { mode: "string" }).notNull(),
    visits: integer("visits").notNull(),
    helpers: jsonb("helpers").$type<Helper[]>().notNull().default([]),
    source: text("source", { enum: ["api", "zalo-group"] }).notNull(),
    reportedBy: text("reported_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.communeCode, t.surveyDay] })],
);

/** Every change of a count (the history the province asks to keep). */
export const communeDayVisitChanges = pgTable("commune_day_visit_changes", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
  communeCode: text("commune_code")
    .notNull()
    .references(() => communes.code),
  surveyDay: date("survey_day", { mode: "string" }).notNull(),
  previousVisits: integer("previous_visits"),
  visits: integer("visits").notNull(),
  helpers: jsonb("helpers").$type<Helper[]>().notNull().default([]),
  source: text("source", { enum: ["api", "zalo-group"] }).notNull(),
  reportedBy: text("reported_by").notNull(),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
});
