import { bigserial, date, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { communes, districts } from "../communes/schema";

const uploadColumns = {
  uploadedBy: text("uploaded_by").notNull(),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
};

/** Mirrors migrations/0007_roster.sql: one helper at one unit for one day and shift. */
export const rosterHelpers = pgTable("roster_helpers", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  campaignId: text("campaign_id").notNull(),
  districtCode: text("district_code")
    .notNull()
    .references(() => districts.code),
  rowOrder: integer("row_order").notNull(),
  communeCode: text("commune_code")
    .notNull()
    .references(() => communes.code),
  surveyDay: date("survey_day", { mode: "string" }).notNull(),
  shift: text("shift", { enum: ["morning", "afternoon", "full"] }).notNull(),
  name: text("name").notNull(),
  role: text("role").notNull(),
  unit: text("unit").notNull(),
  phone: text("phone"),
  ...uploadColumns,
});

/** A leader supervising some communes or districts; districtCode null = province-wide. */
export const rosterSupervisors = pgTable("roster_supervisors", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  campaignId: text("campaign_id").notNull(),
  districtCode: text("district_code").references(() => districts.code),
  rowOrder: integer("row_order").notNull(),
  name: text("name").notNull(),
  title: text("title").notNull(),
  unit: text("unit").notNull(),
  scope: jsonb("scope").$type<string[]>().notNull(),
  surveyDays: jsonb("survey_days").$type<string[]>().notNull(),
  ...uploadColumns,
});
