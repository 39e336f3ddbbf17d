import {
  ZIntegrityDecisionInput,
  dayKey,
  isSurveyDay,
  type Campaign,
  type IntegrityDecisionRecord,
} from "@pks02/shared";
import { reporterOf, type Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { computeIntegrity } from "./compute-integrity";
import { loadDecisions, saveDecision } from "./decisions-repository";

export interface DecisionRequest {
  communeCode: string;
  date: string;
  body: unknown;
}

/**
 * A reviewer's decision on a commune-day, checked in order, each refusal changing nothing: the commune exists
 * (404 COMMUNE_NOT_FOUND), the day is a survey day (400 DATE_OUTSIDE_WINDOW), the body is a verdict with a
 * note (400 VALIDATION_FAILED), the commune-day is flagged "cần xem xét" or already decided (409
 * INTEGRITY_NOT_FLAGGED). The same decision again changes nothing; a changed one is kept with who and when.
 */
export async function decideCommuneDay(
  ctx: AppContext,
  staff: Staff,
  campaign: Campaign,
  request: DecisionRequest,
): Promise<IntegrityDecisionRecord> {
  const commune = campaign.units.find(request.communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
  const { date } = request;
  if (!isSurveyDay(campaign.window, date)) throw new AppError("DATE_OUTSIDE_WINDOW");
  const input = parseInput(ZIntegrityDecisionInput, request.body, "VALIDATION_FAILED");
  const report = await computeIntegrity(ctx, campaign, { districtCode: commune.districtCode, date });
  const day = report.communes.find((c) => c.code === commune.code)?.days.find((d) => d.date === date);
  if (!day || (!day.review && day.decision === null)) throw new AppError("INTEGRITY_NOT_FLAGGED");
  const changed = await saveDecision(ctx.db, {
    surveyId: campaign.form.id,
    communeCode: commune.code,
    date,
    ...input,
    decidedBy: reporterOf(staff),
    decidedAt: ctx.now(),
  });
  const { current, history } = await loadDecisions(ctx.db, campaign.form.id);
  const ofDay = <T extends { communeCode: string; date: string }>(d: T) =>
    dayKey(d.communeCode, d.date) === dayKey(commune.code, date);
  const strip = ({ decision, note, decidedBy, decidedAt }: (typeof current)[number]) => ({
    decision,
    note,
    decidedBy,
    decidedAt,
  });
  return {
    communeCode: commune.code,
    date,
    changed,
    current: strip(current.find(ofDay)!),
    history: history.filter(ofDay).map(strip),
  };
}
