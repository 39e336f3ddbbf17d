import cron, { type ScheduledTask } from "node-cron";
import {
  SURVEY_TIME_ZONE,
  addDays,
  isRosterReminderDay,
  isSurveyDay,
  localDateOf,
  type SurveyWindow,
} from "@pks02/shared";
import type { AppContext, BackgroundService } from "../context";
import { foldClosedBurstDays } from "../integrity/fold-bursts";
import { warnIfOaTokenExpiring } from "../zalo/token-expiry";
import { rosterDueDateOf, runJob, type JobRunResult } from "./run-job";
import type { JobName } from "./schema";

const SLOTS = ["morning", "afternoon", "evening"] as const;
export type Slot = (typeof SLOTS)[number];

// The final summary waits for the window to close (residents may answer until midnight of the last day),
// then goes out at the next morning slot; the morning and evening ticks keep trying it for a week (it posts
// once), so a server that was down catches up when it comes back.
const FINAL_SUMMARY_CATCH_UP_DAYS = 7;

/** "07:30" → the node-cron expression "0 30 7 * * *" (second, minute, hour, every day). */
export function cronExpression(time: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return `0 ${Number(match[2])} ${Number(match[1])} * * *`;
}

/**
 * Which job runs (for which date) at a slot on a local date: daily jobs on survey days; the roster reminder
 * on the mornings before the survey (around the roster's due date; none without a roster, null); the final
 * summary from the morning after the last day.
 */
export function plannedRuns(
  window: SurveyWindow,
  slot: Slot,
  today: string,
  rosterDueDate: string | null,
): { job: JobName; date: string }[] {
  const runs: { job: JobName; date: string }[] = [];
  if (slot === "morning" && rosterDueDate !== null && isRosterReminderDay(window, rosterDueDate, today))
    runs.push({ job: "roster-reminder", date: today });
  if (isSurveyDay(window, today)) {
    const daily = {
      morning: "morning-reminder",
      afternoon: "afternoon-check",
      evening: "daily-summary",
    } as const;
    runs.push({ job: daily[slot], date: today });
  }
  const closed = today > window.end && today <= addDays(window.end, FINAL_SUMMARY_CATCH_UP_DAYS);
  if (closed && slot !== "afternoon") runs.push({ job: "final-summary", date: window.end });
  return runs;
}

/**
 * What a cron tick does: fold the closed days' burst counters, then run the slot's jobs for today of every
 * campaign, each once (the same function as the admin route); the morning tick also warns the admins when the
 * OA refresh token expires within two weeks.
 */
export async function runSlot(ctx: AppContext, slot: Slot): Promise<JobRunResult[]> {
  const results: JobRunResult[] = [];
  // The first tick of a day (the morning one, unless the server was down) folds the days now over, window or not.
  try {
    await foldClosedBurstDays(ctx);
  } catch (error) {
    ctx.logger.error({ err: error }, "folding the burst counters failed; the next tick tries again");
  }
  if (slot === "morning")
    await warnIfOaTokenExpiring(ctx).catch((error: unknown) =>
      ctx.logger.error({ err: error }, "OA token expiry check failed"),
    );
  const today = localDateOf(ctx.now());
  for (const campaign of ctx.config.campaigns.campaigns) {
    for (const run of plannedRuns(campaign.window, slot, today, rosterDueDateOf(ctx, campaign))) {
      try {
        results.push(await runJob(ctx, { ...run, campaign, force: false, trigger: "schedule" }));
      } catch (error) {
        const where = { err: error, campaignId: campaign.id, ...run };
        ctx.logger.error(where, "scheduled job failed; run it by hand with npm run jobs");
      }
    }
  }
  return results;
}

/** Schedule the three daily slots in Asia/Ho_Chi_Minh at the configured times. */
export function startScheduler(ctx: AppContext): BackgroundService {
  // The slot runs in flight, so stop() lets a run that has started record its job and queue its posts.
  const running = new Set<Promise<unknown>>();
  const tick = (slot: Slot) => {
    const run = runSlot(ctx, slot).finally(() => running.delete(run));
    running.add(run);
    return run;
  };
  const tasks: ScheduledTask[] = SLOTS.map((slot) =>
    cron.schedule(cronExpression(ctx.config.schedule[slot]), () => tick(slot), {
      timezone: SURVEY_TIME_ZONE,
      name: `pks02-${slot}`,
      noOverlap: true,
    }),
  );
  ctx.logger.info({ ...ctx.config.schedule, timeZone: SURVEY_TIME_ZONE }, "group bot scheduler started");
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
      await Promise.all(running);
    },
  };
}
