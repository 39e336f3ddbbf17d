import {
  DISTRICTS,
  afternoonCheckTexts,
  findCommune,
  qcdcDistrictTexts,
  dailySummaryTexts,
  districtSummaryTexts,
  finalSummaryTexts,
  morningReminderText,
  windowDays,
  type SurveyDayRef,
  type SurveyWindow,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { missingVisitDays } from "../group-bot/missing-days";
import { communesWithPhoto } from "../group-bot/photo-reports";
import { computeProgress } from "../progress/compute-progress";
import { qcdcRows } from "../qcdc/qcdc-report";
import type { JobName } from "./schema";

function dayRef(window: SurveyWindow, date: string): SurveyDayRef {
  const days = windowDays(window);
  return { date, dayNumber: days.indexOf(date) + 1, dayCount: days.length };
}

async function afternoonCheck(ctx: AppContext, date: string): Promise<string[]> {
  const progress = await computeProgress(ctx, { dates: [date] });
  const withPhoto = await communesWithPhoto(ctx.db, date);
  const pending = progress.communes
    .map((c) => ({ ...c, missingVisits: c.visits === null, missingPhoto: !withPhoto.has(c.code) }))
    .filter((c) => c.missingVisits || c.missingPhoto);
  return afternoonCheckTexts(dayRef(ctx.config.surveyWindow, date), pending, progress.communes.length);
}

/** The province summary, then one summary addressed to each district's steering committee. */
async function dailySummary(ctx: AppContext, date: string): Promise<string[]> {
  const day = dayRef(ctx.config.surveyWindow, date);
  const progress = await computeProgress(ctx, { dates: [date] });
  const withPhoto = await communesWithPhoto(ctx.db, date);
  const perDistrict = progress.districts.flatMap((district) =>
    districtSummaryTexts(
      day,
      district,
      progress.communes.filter((c) => c.districtCode === district.code),
      withPhoto,
    ),
  );
  return [...dailySummaryTexts(day, progress, withPhoto), ...perDistrict, ...(await qcdcEvening(ctx, date))];
}

/** Each district's communes get their five QCDC fields of the day, ready to copy into the province's software. */
async function qcdcEvening(ctx: AppContext, date: string): Promise<string[]> {
  const rows = await qcdcRows(ctx, { days: [date], districtCode: null });
  return DISTRICTS.flatMap((district) =>
    qcdcDistrictTexts(
      district.name,
      date,
      rows.filter((row) => findCommune(row.communeCode)?.districtCode === district.code),
    ),
  );
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
      const days = windowDays(window);
      const progress = await computeProgress(ctx, { dates: days });
      return finalSummaryTexts(window, progress, await missingVisitDays(ctx, days));
    }
    default: {
      const unreachable: never = job;
      return unreachable;
    }
  }
}
