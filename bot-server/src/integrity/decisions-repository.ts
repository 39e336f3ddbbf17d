import { sql } from "drizzle-orm";
import type { IntegrityDecision, IntegrityVerdict } from "@pks02/shared";
import { queryRows, type Database } from "../db/database";

/** A decision with the commune-day it is about. */
export interface StoredDecision extends IntegrityDecision {
  communeCode: string;
  date: string;
}

type DecisionRow = {
  commune_code: string;
  day: string;
  decision: IntegrityVerdict;
  note: string;
  decided_by: string;
  decided_at: Date | string;
};

const toDecision = (r: DecisionRow): StoredDecision => ({
  communeCode: r.commune_code,
  date: r.day,
  decision: r.decision,
  note: r.note,
  decidedBy: r.decided_by,
  decidedAt: new Date(r.decided_at).toISOString(),
});

/** Every decision in force for a survey, and every change made, oldest first. */
export async function loadDecisions(
  db: Database,
  surveyId: string,
): Promise<{ current: StoredDecision[]; history: StoredDecision[] }> {
  const columns = sql`commune_code, survey_day::text AS day, decision, note, decided_by, decided_at`;
  const [current, history] = await Promise.all([
    queryRows<DecisionRow>(db, sql`SELECT ${columns} FROM integrity_decisions WHERE survey_id = ${surveyId}`),
    queryRows<DecisionRow>(
      db,
      sql`SELECT ${columns} FROM integrity_decision_changes WHERE survey_id = ${surveyId} ORDER BY id`,
    ),
  ]);
  return { current: current.map(toDecision), history: history.map(toDecision) };
}

export interface NewDecision {
  surveyId: string;
  communeCode: string;
  date: string;
  decision: IntegrityVerdict;
  note: string;
  decidedBy: string;
  decidedAt: Date;
}

/**
 * Record a decision in one statement: a new one, or a changed verdict or note, replaces the one in force and
 * adds a change row; the same decision again changes nothing (concurrent repeats too: the conflict waits for
 * the first and then finds nothing to change). Returns whether it changed anything.
 */
export async function saveDecision(db: Database, d: NewDecision): Promise<boolean> {
  const [row] = await queryRows<{ changed: number }>(
    db,
    sql`
      WITH saved AS (
        INSERT INTO integrity_decisions AS cur (survey_id, commune_code, survey_day, decision, note, decided_by, decided_at)
        VALUES (${d.surveyId}, ${d.communeCode}, ${d.date}::date, ${d.decision}, ${d.note}, ${d.decidedBy},
          ${d.decidedAt.toISOString()}::timestamptz)
        ON CONFLICT (survey_id, commune_code, survey_day) DO UPDATE
          SET decision = EXCLUDED.decision, note = EXCLUDED.note, decided_by = EXCLUDED.decided_by,
              decided_at = EXCLUDED.decided_at
          WHERE (cur.decision, cur.note) IS DISTINCT FROM (EXCLUDED.decision, EXCLUDED.note)
        RETURNING *),
      logged AS (
        INSERT INTO integrity_decision_changes (survey_id, commune_code, survey_day, decision, note, decided_by, decided_at)
        SELECT survey_id, commune_code, survey_day, decision, note, decided_by, decided_at FROM saved
        RETURNING 1)
      SELECT (SELECT count(*) FROM logged)::int AS changed`,
  );
  return Number(row?.changed) > 0;
}
