-- Group members authorised: registering for a commune's task team or a district's steering committee needs
-- that unit's registration code. Codes are made once per survey (keyed by the survey id that responses
-- carry) and handed to task-team leaders with the QR kit's list, never on the public posters.
CREATE TABLE registration_codes (
  survey_id text NOT NULL,
  scope text NOT NULL CHECK (scope IN ('commune', 'district')),
  unit_code text NOT NULL CHECK (unit_code ~ '^[0-9]{3}([0-9]{2})?$'),
  code text NOT NULL CHECK (code ~ '^[0-9]{6}$'),
  PRIMARY KEY (survey_id, scope, unit_code)
);

-- Every change of membership, oldest first: who registered or removed whom (members by keyed hash only).
CREATE TABLE group_member_changes (
  id bigserial PRIMARY KEY,
  member_key text NOT NULL CHECK (member_key ~ '^[0-9a-f]{64}$'),
  action text NOT NULL CHECK (action IN ('registered', 'removed')),
  role text NOT NULL CHECK (role IN ('commune', 'district')),
  commune_code text REFERENCES communes (code),
  district_code text NOT NULL REFERENCES districts (code),
  changed_by text NOT NULL CHECK (changed_by ~ '^zalo:[0-9a-f]{64}$'),
  changed_at timestamptz NOT NULL
);

CREATE INDEX group_member_changes_member_idx ON group_member_changes (member_key, id);

-- Wrong registration codes per member, to stop guessing (a few tries an hour).
CREATE TABLE registration_failures (
  id bigserial PRIMARY KEY,
  member_key text NOT NULL CHECK (member_key ~ '^[0-9a-f]{64}$'),
  failed_at timestamptz NOT NULL
);

CREATE INDEX registration_failures_member_idx ON registration_failures (member_key, failed_at);

-- Registrations made before codes existed were not authorised (anyone could take any district): they end,
-- and their members register again with a code.
DELETE FROM group_members;
