-- Campaigns: every survey round (a form over a registry of units, on some days) is defined in a campaign file.
-- Responses, visitor counts, photo reports and scheduled job runs belong to a campaign. Rows stored before
-- campaigns existed belong to the June 2024 Bắc Giang PKS 02 round, the shipped default; the column default
-- keeps writers that do not name a campaign yet on that round.

-- Units of every campaign share the registry tables (a unit code is the national GSO code); a unit of a
-- registry without districts has none. (Zalo group members still register for the June 2024 Bắc Giang
-- registry's communes and districts: group_members and group_member_changes keep their district.)
ALTER TABLE communes ALTER COLUMN district_code DROP NOT NULL;

-- Each form version a campaign has run with, and a hash of its definition: a form that changes while keeping
-- a version that already has responses stops start-up (old responses keep the form they answered).
CREATE TABLE campaign_forms (
  campaign_id text NOT NULL,
  form_version text NOT NULL,
  form_id text NOT NULL,
  definition_hash text NOT NULL CHECK (definition_hash ~ '^[0-9a-f]{64}$'),
  first_seen_at timestamptz NOT NULL,
  PRIMARY KEY (campaign_id, form_version)
);

ALTER TABLE responses ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';
CREATE INDEX responses_campaign_day_idx ON responses (campaign_id, survey_day, commune_code);

-- One response per respondent per unit per campaign: the de-duplication key (kept apart from the answers
-- since 0004) belongs to a campaign, so a later round with the same form asks the same people again. Keys
-- stored before belong to the default round, like their answers.
ALTER TABLE respondent_keys ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';
ALTER TABLE respondent_keys DROP CONSTRAINT respondent_keys_pkey;
ALTER TABLE respondent_keys ADD PRIMARY KEY (campaign_id, commune_code, respondent_key);

ALTER TABLE commune_day_visits ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';
ALTER TABLE commune_day_visits DROP CONSTRAINT commune_day_visits_pkey;
ALTER TABLE commune_day_visits ADD PRIMARY KEY (campaign_id, commune_code, survey_day);

ALTER TABLE commune_day_visit_changes ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';
DROP INDEX commune_day_visit_changes_day_idx;
CREATE INDEX commune_day_visit_changes_day_idx
  ON commune_day_visit_changes (campaign_id, commune_code, survey_day, id);

ALTER TABLE photo_reports ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';

-- A (campaign, job, day) posts once; two campaigns on the same day each get their post.
ALTER TABLE job_runs ADD COLUMN campaign_id text NOT NULL DEFAULT 'pks02-bac-giang-2024-06';
DROP INDEX job_runs_once_idx;
CREATE UNIQUE INDEX job_runs_once_idx ON job_runs (campaign_id, job, run_date) WHERE NOT forced;
