import { date, integer, jsonb, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_CAMPAIGN_ID, type Answers } from "@pks02/shared";
import { communes } from "../communes/schema";

/**
 * Mirrors migrations 0002, 0004 and 0005: one row per accepted form, keyed by the client's submission id. Nothing
 * here names the respondent: no key, no id, no time finer than the hour.
 */
export const responses = pgTable("responses", {
  submissionId: uuid("submission_id").primaryKey(),
  campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
  surveyId: text("survey_id").notNull(),
  surveyVersion: text("survey_version").notNull(),
  communeCode: text("commune_code")
    .notNull()
    .references(() => communes.code),
  identityKind: text("identity_kind", { enum: ["zalo", "device"] }).notNull(),
  answers: jsonb("answers").$type<Answers>().notNull(),
  contentHash: text("content_hash").notNull(),
  surveyDay: date("survey_day", { mode: "string" }).notNull(),
  receivedHour: smallint("received_hour").notNull(),
  completionSeconds: integer("completion_seconds"),
});

/**
 * Who has answered for a commune in a campaign (the de-duplication key), with nothing that links to the
 * answer.
 */
export const respondentKeys = pgTable(
  "respondent_keys",
  {
    campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
    surveyId: text("survey_id").notNull(),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    respondentKey: text("respondent_key").notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.communeCode, t.respondentKey] })],
);
