-- Anonymity by construction: nothing stored beside a response can name the person who gave it.
--
-- The de-duplication key (an HMAC of the respondent's Zalo or device id) moves to its own table, written in
-- the same transaction as the answers but holding nothing that links the two: no submission id, no time.
-- `npm run jobs -- purge-respondent-keys` empties it once the window has closed.
CREATE TABLE respondent_keys (
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  respondent_key text NOT NULL CHECK (respondent_key ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (survey_id, commune_code, respondent_key)
);

-- Rows stored before this migration: their keys, in key order (not in the order of the answers).
INSERT INTO respondent_keys (survey_id, commune_code, respondent_key)
  SELECT survey_id, commune_code, respondent_key FROM responses ORDER BY respondent_key;

-- Times: the survey day stays; the moment of receipt becomes its local hour (Vietnam is UTC+7 all year) and
-- the start moment becomes the completion time in whole seconds (null when the phone's clock was behind).
ALTER TABLE responses
  ADD COLUMN received_hour smallint CHECK (received_hour BETWEEN 0 AND 23),
  ADD COLUMN completion_seconds integer CHECK (completion_seconds >= 0);
UPDATE responses SET
  received_hour = extract(hour FROM (received_at AT TIME ZONE 'UTC') + interval '7 hours'),
  completion_seconds = CASE WHEN started_at <= received_at
    THEN floor(extract(epoch FROM received_at - started_at)) END;
ALTER TABLE responses ALTER COLUMN received_hour SET NOT NULL;

ALTER TABLE responses DROP CONSTRAINT responses_one_per_respondent;
ALTER TABLE responses DROP COLUMN respondent_key, DROP COLUMN started_at, DROP COLUMN received_at;
-- A dropped column's values stay in the old row versions: rewrite every row (the dropped columns become
-- null); VACUUM FULL responses afterwards removes the old versions from the disk too.
UPDATE responses SET survey_day = survey_day;

-- Raised inside the one statement that stores a response and its key when the key is already there: the
-- error undoes the response row too (SQLSTATE PKS01), so answers and keys are stored together or not at all.
CREATE FUNCTION respondent_already_answered() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the respondent already answered for this commune' USING ERRCODE = 'PKS01';
END
$$;
