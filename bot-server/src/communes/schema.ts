import { pgTable, text } from "drizzle-orm/pg-core";

export const districts = pgTable("districts", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  type: text("type").notNull(),
});

export const communes = pgTable("communes", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  type: text("type").notNull(),
  // Null for a unit of a registry without districts (migrations/0005_campaigns.sql).
  districtCode: text("district_code").references(() => districts.code),
});
