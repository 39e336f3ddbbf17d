-- The commune registry: 10 district-level units, 209 commune-level units (seeded from @pks02/shared at start).
CREATE TABLE districts (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
  name text NOT NULL,
  type text NOT NULL
);

CREATE TABLE communes (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
  name text NOT NULL,
  type text NOT NULL,
  district_code text NOT NULL REFERENCES districts (code)
);

CREATE INDEX communes_district_code_idx ON communes (district_code);
