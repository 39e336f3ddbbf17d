-- A fifth scheduled job: the morning post before the survey that names the units without a helpers' roster.
ALTER TABLE job_runs DROP CONSTRAINT job_runs_job_check;
ALTER TABLE job_runs ADD CONSTRAINT job_runs_job_check
  CHECK (job IN ('morning-reminder', 'afternoon-check', 'daily-summary', 'final-summary', 'roster-reminder'));
