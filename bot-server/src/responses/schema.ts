import { date, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_CAMPAIGN_ID, type Answers } from "@pks02/shared";
import { communes } from "../communes/schema";

/** Mirrors migrations/0002_intake.sql: one row per accepted form, keyed by the client's submission id. */
export const responses = pgTable(
  "responses",
  {
    submissionId: uuid("submission_id").primaryKey(),
    campaignId: text("campaign_id").notNull().default(DEFAULT_CAMPAIGN_ID),
    surveyId: text("survey_id").notNull(),
    surveyVersion: text("survey_version").notNull(),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    respondentKey: text("respondent_key").notNull(),
    identityKind: text("identity_kind", { enum: ["zalo", "device"] }).notNull(),
    answers: jsonb("answers").$type<Answers>().notNull(),
    contentHash: text("content_hash").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    surveyDay: date("survey_day", { mode: "string" }).notNull(),
  },
  (t) => [unique("responses_one_per_respondent").on(t.campaignId, t.communeCode, t.respondentKey)],
);
