-- Campaigns (0005) meet what later migrations added for the one survey there was.
--
-- The response counters (0011) are per campaign: two rounds of the same form count apart. The trigger keeps
-- them as before, keyed by the response's campaign; the counters are rebuilt from the responses.
DROP TRIGGER responses_counted ON responses;
DROP TABLE response_counts;

CREATE TABLE response_counts (
  campaign_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  responses integer NOT NULL CHECK (responses >= 0),
  unverified integer NOT NULL DEFAULT 0 CHECK (unverified >= 0 AND unverified <= responses),
  PRIMARY KEY (campaign_id, survey_day, commune_code)
);

CREATE OR REPLACE FUNCTION count_response() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE response_counts
      SET responses = responses - 1,
          unverified = unverified - (CASE WHEN OLD.identity_kind = 'device' THEN 1 ELSE 0 END)
      WHERE campaign_id = OLD.campaign_id AND survey_day = OLD.survey_day AND commune_code = OLD.commune_code;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO response_counts (campaign_id, commune_code, survey_day, responses, unverified)
      VALUES (NEW.campaign_id, NEW.commune_code, NEW.survey_day, 1,
              CASE WHEN NEW.identity_kind = 'device' THEN 1 ELSE 0 END)
      ON CONFLICT (campaign_id, survey_day, commune_code)
      DO UPDATE SET responses = response_counts.responses + 1,
                    unverified = response_counts.unverified + EXCLUDED.unverified;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER responses_counted
  AFTER INSERT OR DELETE OR UPDATE OF campaign_id, commune_code, survey_day, identity_kind
  ON responses FOR EACH ROW EXECUTE FUNCTION count_response();

INSERT INTO response_counts (campaign_id, commune_code, survey_day, responses, unverified)
  SELECT campaign_id, commune_code, survey_day, count(*), count(*) FILTER (WHERE identity_kind = 'device')
  FROM responses GROUP BY 1, 2, 3;

-- The helpers' roster (0007) was kept under the survey's id for the one campaign there was: it is the
-- default round's.
UPDATE roster_helpers SET campaign_id = 'pks02-bac-giang-2024-06' WHERE campaign_id = 'PKS02';
UPDATE roster_supervisors SET campaign_id = 'pks02-bac-giang-2024-06' WHERE campaign_id = 'PKS02';
