import { z } from "zod";
import { ZLocalDate, findCommune, isSurveyDay, normalizeText } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { currentCampaign } from "../roster/campaign";
import { helpersOfDay } from "../roster/roster-repository";
import { saveVisitCount } from "./visits-repository";

/** Who reported a count: the admin, a district's staff, or a hashed Zalo group member — never a raw id. */
export const ZReportedBy = z
  .string()
  .regex(/^(admin|district:\d{3}|zalo:[0-9a-f]{32,128})$/, "admin, district:<mã huyện> hoặc zalo:<mã băm>");

export interface RecordVisitsInput {
  communeCode: string;
  /** The survey day, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  date: string;
  visits: number;
  /** Omitted: keep the helpers already reported for that day (the roster's, on a first report); [] clears them. */
  helpers?: { name: string; role: string; unit?: string }[];
  source: "api" | "zalo-group";
  /** "admin", "district:213", or "zalo:<hashed member id>" — never a raw id. */
  reportedBy: string;
}

export interface RecordedVisits {
  communeCode: string;
  date: string;
  visits: number;
  /** The value this report replaced (equal to `visits` when the same value was sent again); null if first. */
  previousVisits: number | null;
}

/** A 400 VALIDATION_FAILED about a visitor count speaks of the count, not of a resident's form. */
export const INVALID_VISITS_MESSAGE = "Số lượt công dân đến hoặc danh sách người hỗ trợ chưa hợp lệ.";

// Names are shown to staff and in reports: NFC, no control, zero-width or bidi-override characters, so a
// name cannot be blank-looking or display reversed.
const ZHelperText = z.string().transform(normalizeText).pipe(z.string().min(1).max(100));
const ZStoredHelper = z.object({
  name: ZHelperText,
  role: ZHelperText,
  unit: z.string().transform(normalizeText).pipe(z.string().min(1).max(150)).optional(),
});

const ZReport = z.object({
  visits: z.number().int().min(0).max(100_000),
  helpers: z.array(ZStoredHelper).max(50).optional(),
  source: z.enum(["api", "zalo-group"]),
  reportedBy: ZReportedBy,
});

/** That day's helpers on the roster, as a visit report lists them (a count reported alone defaults to them). */
async function rosterHelpersOf(ctx: AppContext, communeCode: string, date: string) {
  const helpers = await helpersOfDay(ctx.db, currentCampaign(ctx).id, date, communeCode);
  return helpers.map(({ name, role, unit }) => ({ name, role, unit }));
}

/**
 * Record a commune's visitor count for one survey day: replaces that day's value and keeps the change in
 * the history. Idempotent: the same value again changes nothing. Checks, in order: the commune exists
 * (404 COMMUNE_NOT_FOUND), the date is a real YYYY-MM-DD (400 VALIDATION_FAILED) inside the survey window
 * (400 DATE_OUTSIDE_WINDOW), the count and reporter are valid (400 VALIDATION_FAILED).
 */
export async function recordVisits(ctx: AppContext, input: RecordVisitsInput): Promise<RecordedVisits> {
  const commune = findCommune(input.communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND", 404);
  const date = parseInput(ZLocalDate, input.date, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
  if (!isSurveyDay(ctx.config.surveyWindow, date)) throw new AppError("DATE_OUTSIDE_WINDOW", 400);
  const report = parseInput(ZReport, input, "VALIDATION_FAILED", INVALID_VISITS_MESSAGE);
  const saved = await saveVisitCount(ctx.db, {
    communeCode: commune.code,
    surveyDay: date,
    visits: report.visits,
    helpers: report.helpers,
    rosterHelpers: report.helpers === undefined ? await rosterHelpersOf(ctx, commune.code, date) : undefined,
    source: report.source,
    reportedBy: report.reportedBy,
    at: ctx.now(),
  });
  if (saved.changed) {
    ctx.logger.info(
      {
        communeCode: commune.code,
        date,
        visits: report.visits,
        previousVisits: saved.previousVisits,
        source: report.source,
      },
      "visit count recorded",
    );
  }
  return { communeCode: commune.code, date, visits: report.visits, previousVisits: saved.previousVisits };
}
