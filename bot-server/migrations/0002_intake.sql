-- Survey intake (issue 3): residents' responses, and each commune's daily visitor counts with their history.

-- One row per accepted PKS 02 form. No name, phone or raw Zalo/device id: only an HMAC of it.
-- The database, not the code, guarantees "stored once": the submission id is the primary key (a client
-- retry), and (survey, commune, respondent) is unique (one answer per person per commune per survey —
-- per survey id, not per version, so a new version of the form does not let anyone answer twice).
CREATE TABLE responses (
  submission_id uuid PRIMARY KEY,
  survey_id text NOT NULL,
  survey_version text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  respondent_key text NOT NULL CHECK (respondent_key ~ '^[0-9a-f]{64}$'),
  identity_kind text NOT NULL CHECK (identity_kind IN ('zalo', 'device')),
  answers jsonb NOT NULL,
  -- sha256 of the canonical JSON of commune, version and normalised answers: tells a retry from a conflict.
  content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  started_at timestamptz,
  received_at timestamptz NOT NULL,
  -- The Asia/Ho_Chi_Minh date of received_at: the survey day the response counts for.
  survey_day date NOT NULL,
  CONSTRAINT responses_one_per_respondent UNIQUE (survey_id, commune_code, respondent_key)
);

CREATE INDEX responses_day_commune_idx ON responses (survey_day, commune_code);

-- The current visitor count of a commune's one-stop office for one survey day (replaced on each report).
CREATE TABLE commune_day_visits (
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  visits integer NOT NULL CHECK (visits >= 0),
  helpers jsonb NOT NULL DEFAULT '[]'::jsonb,
  source text NOT NULL CHECK (source IN ('api', 'zalo-group')),
  reported_by text NOT NULL CHECK (reported_by ~ '^(admin|district:[0-9]{3}|zalo:[0-9a-f]{32,128})$'),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (commune_code, survey_day)
);

-- Every change of a count, oldest first: who reported what, replacing which value.
CREATE TABLE commune_day_visit_changes (
  id bigserial PRIMARY KEY,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  previous_visits integer,
  visits integer NOT NULL CHECK (visits >= 0),
  helpers jsonb NOT NULL DEFAULT '[]'::jsonb,
  source text NOT NULL CHECK (source IN ('api', 'zalo-group')),
  reported_by text NOT NULL CHECK (reported_by ~ '^(admin|district:[0-9]{3}|zalo:[0-9a-f]{32,128})$'),
  changed_at timestamptz NOT NULL
);

CREATE INDEX commune_day_visit_changes_day_idx ON commune_day_visit_changes (commune_code, survey_day, id);
