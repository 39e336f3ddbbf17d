import {
  afternoonCheckTexts,
  communesWithPhoto,
  dailySummaryTexts,
  districtSummaryTexts,
  finalSummaryTexts,
  missingVisitDays,
  morningReminderText,
  progressOver,
  windowDays,
  type SurveyDayRef,
  type SurveyWindow,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { loadProgress } from "../progress/compute-progress";
import type { JobName } from "./schema";

function dayRef(window: SurveyWindow, date: string): SurveyDayRef {
  const days = windowDays(window);
  return { date, dayNumber: days.indexOf(date) + 1, dayCount: days.length };
}

async function afternoonCheck(ctx: AppContext, date: string): Promise<string[]> {
  const data = await loadProgress(ctx, { dates: [date] });
  const progress = progressOver(data);
  const withPhoto = communesWithPhoto(data, date);
  const pending = progress.communes
    .map((c) => ({ ...c, missingVisits: c.visits === null, missingPhoto: !withPhoto.has(c.code) }))
    .filter((c) => c.missingVisits || c.missingPhoto);
  return afternoonCheckTexts(dayRef(ctx.config.surveyWindow, date), pending, progress.communes.length);
}

/** The province summary, then one summary addressed to each district's steering committee. */
async function dailySummary(ctx: AppContext, date: string): Promise<string[]> {
  const day = dayRef(ctx.config.surveyWindow, date);
  const data = await loadProgress(ctx, { dates: [date] });
  const progress = progressOver(data);
  const withPhoto = communesWithPhoto(data, date);
  const perDistrict = progress.districts.flatMap((district) =>
    districtSummaryTexts(
      day,
      district,
      progress.communes.filter((c) => c.districtCode === district.code),
      withPhoto,
    ),
  );
  return [...dailySummaryTexts(day, progress, withPhoto), ...perDistrict];
}

/** The texts a job posts for a date (the date is already checked against the window). */
export async function composeJob(ctx: AppContext, job: JobName, date: string): Promise<string[]> {
  const window = ctx.config.surveyWindow;
  switch (job) {
    case "morning-reminder":
      return [morningReminderText(dayRef(window, date), ctx.config.schedule)];
    case "afternoon-check":
      return afternoonCheck(ctx, date);
    case "daily-summary":
      return dailySummary(ctx, date);
    case "final-summary": {
      const data = await loadProgress(ctx, { dates: windowDays(window) });
      return finalSummaryTexts(window, progressOver(data), missingVisitDays(data));
    }
    default: {
      const unreachable: never = job;
      return unreachable;
    }
  }
}
