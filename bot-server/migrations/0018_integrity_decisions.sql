-- Reviewers' decisions on flagged commune-days (issue 15): "đã kiểm tra: hợp lệ" (valid) or "loại khỏi kết
-- quả" (excluded), with a note, who and when. The results leave out the responses of excluded commune-days
-- (bot-server/src/results/scope.ts); nothing is excluded without such a row.
CREATE TABLE integrity_decisions (
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  decision text NOT NULL CHECK (decision IN ('valid', 'excluded')),
  note text NOT NULL CHECK (length(note) BETWEEN 1 AND 1000),
  decided_by text NOT NULL CHECK (decided_by ~ '^(admin|district:[0-9]{3})$'),
  decided_at timestamptz NOT NULL,
  PRIMARY KEY (survey_id, commune_code, survey_day)
);

-- Every decision made, oldest first (the same decision again is not a change and adds no row).
CREATE TABLE integrity_decision_changes (
  id bigserial PRIMARY KEY,
  survey_id text NOT NULL,
  commune_code text NOT NULL REFERENCES communes (code),
  survey_day date NOT NULL,
  decision text NOT NULL CHECK (decision IN ('valid', 'excluded')),
  note text NOT NULL,
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL
);
CREATE INDEX integrity_decision_changes_day_idx
  ON integrity_decision_changes (survey_id, commune_code, survey_day, id);
