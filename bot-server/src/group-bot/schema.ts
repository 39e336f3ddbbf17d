import { bigserial, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { communes, districts } from "../communes/schema";

/** Mirrors migrations/0003_group_bot.sql: a registered group member, known only by a keyed HMAC. */
export const groupMembers = pgTable("group_members", {
  memberKey: text("member_key").primaryKey(),
  role: text("role", { enum: ["commune", "district"] }).notNull(),
  communeCode: text("commune_code").references(() => communes.code),
  /** Null for a commune of a registry without districts. */
  districtCode: text("district_code").references(() => districts.code),
  registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
});

/** Mirrors migrations/0014 and 0021: each commune's and district's registration code for one campaign. */
export const registrationCodes = pgTable(
  "registration_codes",
  {
    campaignId: text("campaign_id").notNull(),
    scope: text("scope", { enum: ["commune", "district"] }).notNull(),
    unitCode: text("unit_code").notNull(),
    code: text("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.scope, t.unitCode] })],
);

/** Every registration and removal of a member, with who made it. */
export const groupMemberChanges = pgTable("group_member_changes", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  memberKey: text("member_key").notNull(),
  action: text("action", { enum: ["registered", "removed"] }).notNull(),
  role: text("role", { enum: ["commune", "district"] }).notNull(),
  communeCode: text("commune_code"),
  districtCode: text("district_code"),
  changedBy: text("changed_by").notNull(),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
});

/** A wrong registration code sent by a member (to stop guessing). */
export const registrationFailures = pgTable("registration_failures", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  memberKey: text("member_key").notNull(),
  failedAt: timestamp("failed_at", { withTimezone: true }).notNull(),
});
