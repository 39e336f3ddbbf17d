import cron, { type ScheduledTask } from "node-cron";
import { SURVEY_TIME_ZONE, addDays, isSurveyDay, localDateOf, type SurveyWindow } from "@pks02/shared";
import type { AppContext } from "../context";
import type { BackgroundService } from "../features";
import { runJob, type JobRunResult } from "./run-job";
import type { JobName } from "./schema";

export const SLOTS = ["morning", "afternoon", "evening"] as const;
export type Slot = (typeof SLOTS)[number];

// After the last day the evening tick still tries the final summary for a week (it posts once), so a
// server that was down on the last evening catches up when it comes back.
const FINAL_SUMMARY_CATCH_UP_DAYS = 7;

/** "07:30" → the node-cron expression "0 30 7 * * *" (second, minute, hour, every day). */
export function cronExpression(time: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return `0 ${Number(match[2])} ${Number(match[1])} * * *`;
}

/** Which job runs (for which date) at a slot on a local date: daily jobs on survey days; the final summary once the last day's evening has come. */
export function plannedRuns(
  window: SurveyWindow,
  slot: Slot,
  today: string,
): { job: JobName; date: string }[] {
  const runs: { job: JobName; date: string }[] = [];
  const surveyDay = isSurveyDay(window, today);
  if (slot === "morning" && surveyDay) runs.push({ job: "morning-reminder", date: today });
  if (slot === "afternoon" && surveyDay) runs.push({ job: "afternoon-check", date: today });
  if (slot === "evening") {
    if (surveyDay) runs.push({ job: "daily-summary", date: today });
    if (today >= window.end && today <= addDays(window.end, FINAL_SUMMARY_CATCH_UP_DAYS)) {
      runs.push({ job: "final-summary", date: window.end });
    }
  }
  return runs;
}

/** What a cron tick does: run the slot's jobs for today, each once (the same function as the admin route). */
export async function runSlot(ctx: AppContext, slot: Slot): Promise<JobRunResult[]> {
  const results: JobRunResult[] = [];
  for (const run of plannedRuns(ctx.config.surveyWindow, slot, localDateOf(ctx.now()))) {
    try {
      results.push(await runJob(ctx, { ...run, force: false, trigger: "schedule" }));
    } catch (error) {
      ctx.logger.error({ err: error, ...run }, "scheduled job failed; run it by hand with npm run jobs");
    }
  }
  return results;
}

/** Schedule the three daily slots in Asia/Ho_Chi_Minh at the configured times. */
export function startScheduler(ctx: AppContext): BackgroundService {
  const tasks: ScheduledTask[] = SLOTS.map((slot) =>
    cron.schedule(cronExpression(ctx.config.schedule[slot]), () => runSlot(ctx, slot), {
      timezone: SURVEY_TIME_ZONE,
      name: `pks02-${slot}`,
      noOverlap: true,
    }),
  );
  ctx.logger.info({ ...ctx.config.schedule, timeZone: SURVEY_TIME_ZONE }, "group bot scheduler started");
  return {
    async stop() {
      for (const task of tasks) await task.destroy();
    },
  };
}
