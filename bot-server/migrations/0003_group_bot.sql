-- The Zalo group bot (issue 6): OA tokens, webhook deduplication, member registrations, photo reports,
-- scheduled job runs, the outbox of group posts and the console group used when Zalo is not configured.

-- The current OAuth pair of the Official Account (one row). The refresh token is single-use: it is replaced
-- under a row lock and committed before the new access token is used.
CREATE TABLE zalo_oa_tokens (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  access_token text NOT NULL,
  refresh_token text,
  expires_at timestamptz,
  updated_at timestamptz NOT NULL
);

-- Each webhook event (by msg_id, or event name + timestamp) is handled once, however often Zalo redelivers.
-- processed_at stays null while the event is being handled.
CREATE TABLE zalo_events (
  event_key text PRIMARY KEY,
  event_name text NOT NULL,
  received_at timestamptz NOT NULL,
  processed_at timestamptz
);

-- Group members who registered for a commune (task team) or a district (steering committee).
-- The Zalo user id is kept only as a keyed HMAC: replies go to the group, never to the person.
CREATE TABLE group_members (
  member_key text PRIMARY KEY CHECK (member_key ~ '^[0-9a-f]{64}$'),
  role text NOT NULL CHECK (role IN ('commune', 'district')),
  commune_code text REFERENCES communes (code),
  district_code text NOT NULL REFERENCES districts (code),
  registered_at timestamptz NOT NULL,
  CHECK ((role = 'commune') = (commune_code IS NOT NULL))
);

CREATE INDEX group_members_district_idx ON group_members (district_code);

-- A photo posted by a registered member: that commune's photo report for the day (the image stays at Zalo).
CREATE TABLE photo_reports (
  event_key text PRIMARY KEY,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  member_key text NOT NULL CHECK (member_key ~ '^[0-9a-f]{64}$'),
  image_url text NOT NULL,
  thumbnail_url text,
  received_at timestamptz NOT NULL
);

CREATE INDEX photo_reports_day_commune_idx ON photo_reports (survey_day, commune_code);

-- One row per run of a scheduled job. The partial unique index is the once-only rule: a (job, day) posts
-- once however many processes try; a forced run is a new row beside it.
CREATE TABLE job_runs (
  id bigserial PRIMARY KEY,
  job text NOT NULL CHECK (job IN ('morning-reminder', 'afternoon-check', 'daily-summary', 'final-summary')),
  run_date date NOT NULL,
  forced boolean NOT NULL DEFAULT false,
  trigger text NOT NULL CHECK (trigger IN ('schedule', 'admin', 'cli')),
  message_count integer NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX job_runs_once_idx ON job_runs (job, run_date) WHERE NOT forced;

-- Posts waiting to reach the group, delivered in order within a batch, retried with backoff.
-- next_attempt_at doubles as the lease of a claimed row: a crashed sender's row comes back after it.
CREATE TABLE group_outbox (
  id bigserial PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  batch text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('text', 'image')),
  text text,
  image_data bytea,
  image_type text CHECK (image_type IN ('image/jpeg', 'image/png')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  CHECK ((kind = 'text') = (text IS NOT NULL AND image_data IS NULL)),
  CHECK ((kind = 'image') = (image_data IS NOT NULL AND image_type IS NOT NULL))
);

CREATE INDEX group_outbox_due_idx ON group_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX group_outbox_batch_idx ON group_outbox (batch, id) WHERE status = 'pending';

-- What the console group shows (no Zalo configured): the bot's posts and the test members' messages.
CREATE TABLE console_group_messages (
  id bigserial PRIMARY KEY,
  author text NOT NULL,
  from_bot boolean NOT NULL,
  text text,
  image_url text,
  image_data bytea,
  image_type text,
  created_at timestamptz NOT NULL
);
