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
  districtCode: text("district_code")
    .notNull()
    .references(() => districts.code),
});
