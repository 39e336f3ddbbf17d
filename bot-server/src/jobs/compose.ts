import {
  GROUP_MESSAGE_LIMIT,
  afternoonCheckTexts,
  campaignsOnDay,
  communesWithPhoto,
  dailySummaryTexts,
  districtSummaryTexts,
  finalSummaryTexts,
  missingVisitDays,
  morningReminderText,
  progressOver,
  splitMessage,
  windowDays,
  type Campaign,
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

async function afternoonCheck(ctx: AppContext, campaign: Campaign, date: string): Promise<string[]> {
  const data = await loadProgress(ctx, campaign, { dates: [date] });
  const progress = progressOver(data);
  const withPhoto = communesWithPhoto(data, date);
  const pending = progress.communes
    .map((c) => ({ ...c, missingVisits: c.visits === null, missingPhoto: !withPhoto.has(c.code) }))
    .filter((c) => c.missingVisits || c.missingPhoto);
  return afternoonCheckTexts(dayRef(campaign.window, date), pending, progress.communes.length);
}

/** The province summary, then one summary addressed to each district's steering committee. */
async function dailySummary(ctx: AppContext, campaign: Campaign, date: string): Promise<string[]> {
  const day = dayRef(campaign.window, date);
  const data = await loadProgress(ctx, campaign, { dates: [date] });
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

/**
 * The texts a job posts for a campaign and date (the date is already checked against its window). When
 * another campaign runs that day too, each post starts with the campaign's title, so the group knows which.
 */
export async function composeJob(
  ctx: AppContext,
  campaign: Campaign,
  job: JobName,
  date: string,
): Promise<string[]> {
  const texts = await jobTexts(ctx, campaign, job, date);
  if (campaignsOnDay(ctx.config.campaigns, date).length < 2) return texts;
  const header = `📋 ${campaign.title}`;
  const room = GROUP_MESSAGE_LIMIT - header.length - 1;
  return texts.flatMap((text) => splitMessage(text.split("\n"), room).map((part) => `${header}\n${part}`));
}

async function jobTexts(ctx: AppContext, campaign: Campaign, job: JobName, date: string): Promise<string[]> {
  const window = campaign.window;
  switch (job) {
    case "morning-reminder":
      return [morningReminderText(dayRef(window, date), ctx.config.schedule)];
    case "afternoon-check":
      return afternoonCheck(ctx, campaign, date);
    case "daily-summary":
      return dailySummary(ctx, campaign, date);
    case "final-summary": {
      const data = await loadProgress(ctx, campaign, { dates: windowDays(window) });
      return finalSummaryTexts(window, progressOver(data), missingVisitDays(data));
    }
    default: {
      const unreachable: never = job;
      return unreachable;
    }
  }
}
