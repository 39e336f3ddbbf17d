-- The helpers' roster and schedule per campaign (staff data, kept apart from residents' answers): who helps
-- at each commune's one-stop office on which day and shift, and the leaders who supervise. An upload replaces
-- one scope (a district, or the whole province) in one transaction; row_order keeps the workbook's order.
CREATE TABLE roster_helpers (
  id bigserial PRIMARY KEY,
  campaign_id text NOT NULL,
  district_code text NOT NULL REFERENCES districts (code),
  row_order integer NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  shift text NOT NULL CHECK (shift IN ('morning', 'afternoon', 'full')),
  name text NOT NULL CHECK (name <> ''),
  role text NOT NULL CHECK (role <> ''),
  unit text NOT NULL CHECK (unit <> ''),
  phone text CHECK (phone ~ '^0[0-9]{9,10}$'),
  uploaded_by text NOT NULL CHECK (uploaded_by ~ '^(admin|district:[0-9]{3})$'),
  uploaded_at timestamptz NOT NULL
);

CREATE INDEX roster_helpers_scope_idx ON roster_helpers (campaign_id, district_code, row_order);
CREATE INDEX roster_helpers_day_idx ON roster_helpers (campaign_id, commune_code, survey_day);

-- A supervisor's district is the one all the communes and districts they cover lie in; NULL: province-wide.
CREATE TABLE roster_supervisors (
  id bigserial PRIMARY KEY,
  campaign_id text NOT NULL,
  district_code text REFERENCES districts (code),
  row_order integer NOT NULL,
  name text NOT NULL CHECK (name <> ''),
  title text NOT NULL CHECK (title <> ''),
  unit text NOT NULL CHECK (unit <> ''),
  -- Commune (5 digits) and district (3 digits) codes as a JSON array of strings; days as YYYY-MM-DD strings
  -- (empty: the whole window).
  scope jsonb NOT NULL CHECK (jsonb_typeof(scope) = 'array' AND jsonb_array_length(scope) > 0),
  survey_days jsonb NOT NULL CHECK (jsonb_typeof(survey_days) = 'array'),
  uploaded_by text NOT NULL CHECK (uploaded_by ~ '^(admin|district:[0-9]{3})$'),
  uploaded_at timestamptz NOT NULL
);

CREATE INDEX roster_supervisors_scope_idx ON roster_supervisors (campaign_id, district_code, row_order);
