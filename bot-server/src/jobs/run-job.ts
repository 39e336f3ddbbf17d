import { and, eq, sql } from "drizzle-orm";
import {
  formatDateVi,
  isRosterReminderDay,
  isSurveyDay,
  rosterReminderDays,
  type Campaign,
  type SurveyWindow,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { queryRows, type Database } from "../db/database";
import { AppError } from "../http/errors";
import { enqueue, type OutboxContent } from "../outbox/outbox-repository";
import { PROVINCE_GROUP } from "../outbox/transport";
import { composeJob, type ScopedPost } from "./compose";
import { jobRuns, type JobName } from "./schema";

export interface JobRequest {
  /** The campaign whose posts these are (its days, units and quota). */
  campaign: Campaign;
  job: JobName;
  /** The local date the run is for, YYYY-MM-DD. */
  date: string;
  force: boolean;
  trigger: "schedule" | "admin" | "cli";
}

export interface JobRunResult {
  job: JobName;
  date: string;
  status: "posted" | "already-ran";
  runId: number | null;
  messages: number;
}

/** The day a campaign's helpers' roster is due; null for a campaign without one (the roster is the default's). */
export function rosterDueDateOf(ctx: AppContext, campaign: Campaign): string | null {
  return campaign.id === ctx.config.campaigns.defaultCampaign.id ? ctx.config.rosterDueDate : null;
}

/**
 * The date a run is recorded for: the day itself for the daily jobs (a survey day), the window's last day
 * for the final summary (asked for on the last day or later), so the final summary posts once whatever
 * date an operator gives. Otherwise 400 DATE_OUTSIDE_WINDOW, saying which days are allowed.
 */
function jobRunDate(job: JobName, date: string, window: SurveyWindow, rosterDueDate: string | null): string {
  const span = `${formatDateVi(window.start)} – ${formatDateVi(window.end)}`;
  if (job === "roster-reminder") {
    if (rosterDueDate === null)
      throw new AppError("DATE_OUTSIDE_WINDOW", {
        message:
          "Nhắc lịch hỗ trợ (roster-reminder) chỉ có cho đợt khảo sát mặc định, đợt có danh sách người hỗ trợ.",
      });
    if (isRosterReminderDay(window, rosterDueDate, date)) return date;
    const days = rosterReminderDays(window, rosterDueDate);
    throw new AppError("DATE_OUTSIDE_WINDOW", {
      message: `Nhắc lịch hỗ trợ (roster-reminder) chạy các ngày ${formatDateVi(days.first)} – ${formatDateVi(days.last)}, trước đợt khảo sát; ngày ${formatDateVi(date)} không thuộc các ngày đó.`,
    });
  }
  if (job === "final-summary") {
    if (date >= window.end) return window.end;
    throw new AppError("DATE_OUTSIDE_WINDOW", {
      message:
        `Tổng kết cả đợt (final-summary) chạy từ ngày cuối đợt khảo sát (${formatDateVi(window.end)}) trở đi; ` +
        `ngày ${formatDateVi(date)} còn sớm.`,
    });
  }
  if (isSurveyDay(window, date)) return date;
  throw new AppError("DATE_OUTSIDE_WINDOW", {
    message: `Ngày ${formatDateVi(date)} không nằm trong thời gian khảo sát (${span}); ${job} chỉ chạy cho ngày khảo sát.`,
  });
}

async function alreadyRan(db: Database, campaignId: string, job: JobName, date: string): Promise<boolean> {
  const rows = await db
    .select({ id: jobRuns.id })
    .from(jobRuns)
    .where(
      and(
        eq(jobRuns.campaignId, campaignId),
        eq(jobRuns.job, job),
        eq(jobRuns.runDate, date),
        eq(jobRuns.forced, false),
      ),
    );
  return rows.length > 0;
}

/** Record the run; null when an unforced run of (campaign, job, date) exists (the unique index decides). */
async function recordRun(
  db: Database,
  request: JobRequest,
  messages: number,
  at: Date,
): Promise<number | null> {
  const conflict = request.force
    ? sql``
    : sql`ON CONFLICT (campaign_id, job, run_date) WHERE NOT forced DO NOTHING`;
  const [row] = await queryRows<{ id: string | number }>(
    db,
    sql`INSERT INTO job_runs (campaign_id, job, run_date, forced, trigger, message_count, created_at)
        VALUES (${request.campaign.id}, ${request.job}, ${request.date}, ${request.force}, ${request.trigger},
                ${messages}, ${at.toISOString()})
        ${conflict} RETURNING id`,
  );
  return row ? Number(row.id) : null;
}

/** Queue a run's posts, one batch per group (the province group keeps the plain batch name), in order. */
async function enqueueByGroup(db: Database, batch: string, posts: ScopedPost[], at: Date): Promise<void> {
  for (const scope of new Set(posts.map((p) => p.scope))) {
    const contents = posts
      .filter((p) => p.scope === scope)
      .map((p): OutboxContent =>
        p.image
          ? { kind: "image", data: p.image.data, type: "image/png", caption: p.image.caption }
          : { kind: "text", text: p.text },
      );
    await enqueue(db, scope === PROVINCE_GROUP ? batch : `${batch}:group-${scope}`, contents, at, scope);
  }
}

/**
 * Run a scheduled job for a date: compose its posts and queue them. Each (job, date) posts once however
 * many processes or retries try, because the run row and its posts are written in one transaction
 * guarded by a unique index; `force` records a new run and posts again.
 */
export async function runJob(ctx: AppContext, request: JobRequest): Promise<JobRunResult> {
  const { job, campaign } = request;
  const date = jobRunDate(job, request.date, campaign.window, rosterDueDateOf(ctx, campaign));
  const skipped: JobRunResult = { job, date, status: "already-ran", runId: null, messages: 0 };
  if (!request.force && (await alreadyRan(ctx.db, campaign.id, job, date))) return skipped;
  const texts = await composeJob(ctx, campaign, job, date);
  // The default campaign keeps the batch names it had before campaigns (its posts already sent keep theirs).
  const prefix = campaign.id === ctx.config.campaigns.defaultCampaign.id ? "job" : `job:${campaign.id}`;
  const now = ctx.now();
  const runId = await ctx.db.transaction(async (tx) => {
    const id = await recordRun(tx, { ...request, date }, texts.length, now);
    if (id === null) return null;
    const batch = request.force ? `${prefix}:${job}:${date}:run-${id}` : `${prefix}:${job}:${date}`;
    await enqueueByGroup(tx, batch, texts, now);
    return id;
  });
  if (runId === null) return skipped;
  ctx.logger.info(
    {
      campaignId: campaign.id,
      job,
      date,
      runId,
      messages: texts.length,
      trigger: request.trigger,
      force: request.force,
    },
    "job posted",
  );
  return { job, date, status: "posted", runId, messages: texts.length };
}
