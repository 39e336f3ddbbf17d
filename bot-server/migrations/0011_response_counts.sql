-- Responses per (survey, commune, day), kept by the database itself: the progress report reads 627 counters
-- instead of counting up to a million responses (854 ms at 1M on the 2-core machine; the counters make it
-- independent of the number of responses). A trigger keeps them in the same transaction as each insert,
-- update or delete, so they cannot drift, whatever writes the rows. `unverified` counts the responses
-- identified only by a device id (ALLOW_DEVICE_IDS), which every summary marks.
CREATE TABLE response_counts (
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  responses integer NOT NULL CHECK (responses >= 0),
  unverified integer NOT NULL DEFAULT 0 CHECK (unverified >= 0 AND unverified <= responses),
  PRIMARY KEY (survey_id, survey_day, commune_code)
);

CREATE FUNCTION count_response() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE response_counts
      SET responses = responses - 1,
          unverified = unverified - (CASE WHEN OLD.identity_kind = 'device' THEN 1 ELSE 0 END)
      WHERE survey_id = OLD.survey_id AND survey_day = OLD.survey_day AND commune_code = OLD.commune_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO response_counts (survey_id, commune_code, survey_day, responses, unverified)
      VALUES (NEW.survey_id, NEW.commune_code, NEW.survey_day, 1,
              CASE WHEN NEW.identity_kind = 'device' THEN 1 ELSE 0 END)
      ON CONFLICT (survey_id, survey_day, commune_code)
      DO UPDATE SET responses = response_counts.responses + 1,
                    unverified = response_counts.unverified + EXCLUDED.unverified;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER responses_counted
  AFTER INSERT OR DELETE OR UPDATE OF survey_id, commune_code, survey_day, identity_kind
  ON responses FOR EACH ROW EXECUTE FUNCTION count_response();

INSERT INTO response_counts (survey_id, commune_code, survey_day, responses, unverified)
  SELECT survey_id, commune_code, survey_day, count(*), count(*) FILTER (WHERE identity_kind = 'device')
  FROM responses GROUP BY 1, 2, 3;
