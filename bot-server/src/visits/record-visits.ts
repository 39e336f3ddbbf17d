import { z } from "zod";
import {
  ZLocalDate,
  ZVisitInput,
  inScope,
  isSurveyDay,
  type Campaign,
  type Commune,
  type RecordedVisits,
  type Scope,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { currentCampaign } from "../roster/campaign";
import { helpersOfDay } from "../roster/roster-repository";
import { saveVisitCount } from "./visits-repository";

/** Who reported a count: the admin, a district's staff, or a hashed Zalo group member — never a raw id. */
const ZReportedBy = z
  .string()
  .regex(/^(admin|district:\d{3}|zalo:[0-9a-f]{32,128})$/, "admin, district:<mã huyện> hoặc zalo:<mã băm>");

/** Which commune and day a reporter may speak of. */
export interface CommuneDayQuery {
  /** The campaign whose unit and day these are (its registry and window). */
  campaign: Campaign;
  communeCode: string;
  /** The survey day, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  date: string;
  /** The communes the reporter may see and change (a district token's, a group member's). */
  scope: Scope;
  /** The last day that may be reported (the group bot: today); none for staff, who may plan ahead. */
  latestDay?: string;
}

export interface RecordVisitsInput extends CommuneDayQuery {
  /** The count as sent (checked here): a whole number. */
  visits: unknown;
  /** Omitted: keep the helpers already reported for that day (the roster's, on a first report); [] clears them. */
  helpers?: unknown;
  source: "api" | "zalo-group";
  /** "admin", "district:213", or "zalo:<hashed member id>" — never a raw id. */
  reportedBy: string;
}

// A count's errors speak of the count, for staff and group members alike (not of a resident's form).
const INVALID_VISITS_MESSAGE = "Số lượt công dân đến hoặc danh sách người hỗ trợ chưa hợp lệ.";

/**
 * That day's helpers on the roster, as a visit report lists them (a count reported alone defaults to them);
 * the roster is the default campaign's, so another campaign's counts have none.
 */
async function rosterHelpersOf(ctx: AppContext, campaign: Campaign, communeCode: string, date: string) {
  if (campaign.id !== currentCampaign(ctx).id) return [];
  const helpers = await helpersOfDay(ctx.db, campaign.id, date, communeCode);
  return helpers.map(({ name, role, unit }) => ({ name, role, unit }));
}

/**
 * The checks of every visitor-count read and write, in order: the commune is in the campaign's registry
 * (COMMUNE_NOT_FOUND), the reporter may see it (FORBIDDEN), the date is a real YYYY-MM-DD
 * (VALIDATION_FAILED) inside the campaign's window (DATE_OUTSIDE_WINDOW) and not after `latestDay`
 * (DATE_IN_FUTURE).
 */
export function communeDayOf(ctx: AppContext, query: CommuneDayQuery): { commune: Commune; date: string } {
  const commune = query.campaign.units.find(query.communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
  if (!inScope(query.scope, commune)) throw new AppError("FORBIDDEN");
  return { commune, date: surveyDayOf(ctx, query) };
}

/** The date checks of communeDayOf alone (a question about a whole district names no commune). */
export function surveyDayOf(
  ctx: AppContext,
  query: Pick<CommuneDayQuery, "campaign" | "date" | "latestDay">,
): string {
  const date = parseInput(ZLocalDate, query.date, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
  if (!isSurveyDay(query.campaign.window, date)) throw new AppError("DATE_OUTSIDE_WINDOW");
  if (query.latestDay !== undefined && date > query.latestDay) throw new AppError("DATE_IN_FUTURE");
  return date;
}

/**
 * Record a commune's visitor count for one survey day — the staff API and /luotden alike: replaces that
 * day's value and keeps the change in the history. Idempotent: the same value again changes nothing. After
 * the checks of communeDayOf, the count and helpers (ZVisitInput) and the reporter (VALIDATION_FAILED).
 */
export async function recordVisits(ctx: AppContext, input: RecordVisitsInput): Promise<RecordedVisits> {
  const { commune, date } = communeDayOf(ctx, input);
  const sent = { visits: input.visits, helpers: input.helpers };
  const count = parseInput(ZVisitInput, sent, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
  const reportedBy = parseInput(ZReportedBy, input.reportedBy, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
  const saved = await saveVisitCount(ctx.db, {
    campaignId: input.campaign.id,
    communeCode: commune.code,
    surveyDay: date,
    visits: count.visits,
    helpers: count.helpers,
    rosterHelpers:
      count.helpers === undefined
        ? await rosterHelpersOf(ctx, input.campaign, commune.code, date)
        : undefined,
    source: input.source,
    reportedBy,
    at: ctx.now(),
  });
  if (saved.changed) {
    const { visits } = count;
    ctx.logger.info(
      {
        campaignId: input.campaign.id,
        communeCode: commune.code,
        date,
        visits,
        previousVisits: saved.previousVisits,
        source: input.source,
      },
      "visit count recorded",
    );
  }
  return { communeCode: commune.code, date, visits: count.visits, previousVisits: saved.previousVisits };
}
