-- Burst counters (issue 15): how many responses each commune received in each 5-minute span of a survey day,
-- so that "12 forms in 5 minutes" can be seen without keeping any finer time beside an answer.
--
-- Incremented in the same statement that stores a response (so a refused response counts nowhere), and holding
-- no submission id, no answer and no respondent key: a counter row is a number of forms, not a form. What it
-- adds to the answers' own coarse facts (commune, day, hour): within the hour, in which 5-minute span some of
-- the commune's forms arrived. A row with 1 is tied to an answer only when that commune received a single form
-- in that hour (then that form's hour narrows to 5 minutes); with two or more forms in the hour nothing says
-- which form is which span's. Spans coarser than 5 minutes would hide a burst of a helper filling forms one
-- after another (a form takes one minute at the least); finer ones would tie more. README, "Anonymity".
--
-- So the per-span rows are short-lived: they live only while their day is open. Once the local date is past a
-- survey day, bot-server/src/integrity/fold-bursts.ts folds each commune-day's spans into one row of
-- response_burst_days (the day's peak 5-minute count, all the signals use, and the number of forms counted) and
-- deletes the spans, in one statement; it runs at each scheduled tick, before any integrity computation that
-- reads a closed day, and in purge-respondent-keys. The narrowing above then lasts at most until the next
-- morning, and a closed day keeps no time finer than the answers' hour.
CREATE TABLE response_bursts (
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  -- The local 5-minute span of the day: 0 = 00:00–00:05 … 287 = 23:55–24:00.
  span smallint NOT NULL CHECK (span BETWEEN 0 AND 287),
  responses integer NOT NULL CHECK (responses > 0),
  PRIMARY KEY (survey_id, commune_code, survey_day, span)
);

-- A closed commune-day's counters, folded: no span, so no time at all. The peak is what the burst signal
-- needs; `responses` (the forms counted that day) lets a fold be checked against the spans it replaced.
CREATE TABLE response_burst_days (
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  peak integer NOT NULL CHECK (peak > 0),
  responses integer NOT NULL CHECK (responses >= peak),
  PRIMARY KEY (survey_id, commune_code, survey_day)
);
