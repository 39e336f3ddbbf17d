import {
  NOTHING_TO_SHOW_YET,
  NOT_REGISTERED,
  communeProgressText,
  daysSoFar,
  districtProgressTexts,
  surveyDayOf,
  type Commune,
  type District,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { computeProgress } from "../progress/compute-progress";
import { findMember } from "./members";
import { missingVisitDays } from "./missing-days";
import { communesWithPhoto } from "./photo-reports";

async function communeProgress(ctx: AppContext, commune: Commune, dates: string[]): Promise<string[]> {
  const soFar = await computeProgress(ctx, { dates, districtCode: commune.districtCode });
  const figures = soFar.communes.find((c) => c.code === commune.code);
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const today = surveyDayOf(ctx.config.surveyWindow, ctx.now());
  let todayFigures = null;
  if (today) {
    const day = await computeProgress(ctx, { dates: [today], districtCode: commune.districtCode });
    const dayCommune = day.communes.find((c) => c.code === commune.code);
    const photos = await communesWithPhoto(ctx.db, today);
    if (dayCommune) todayFigures = { date: today, commune: dayCommune, hasPhoto: photos.has(commune.code) };
  }
  const missing = await missingVisitDays(ctx, dates, commune.districtCode);
  return [communeProgressText(figures, dates, todayFigures, missing.get(commune.code) ?? [])];
}

async function districtProgress(ctx: AppContext, district: District, dates: string[]): Promise<string[]> {
  const progress = await computeProgress(ctx, { dates, districtCode: district.code });
  const figures = progress.districts[0];
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const missing = await missingVisitDays(ctx, dates, district.code);
  const today = surveyDayOf(ctx.config.surveyWindow, ctx.now());
  let todayFigures = null;
  if (today) {
    const photos = await communesWithPhoto(ctx.db, today);
    todayFigures = {
      date: today,
      visitsReported: progress.communes.filter((c) => !missing.get(c.code)?.includes(today)).length,
      photos: progress.communes.filter((c) => photos.has(c.code)).length,
    };
  }
  return districtProgressTexts(figures, progress.communes, dates, todayFigures, missing);
}

/** /tiendo: the sender's commune (task team) or district (steering committee), over the days so far. */
export async function progressReply(ctx: AppContext, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [NOT_REGISTERED];
  const dates = daysSoFar(ctx.config.surveyWindow, ctx.now());
  if (dates.length === 0) return [NOTHING_TO_SHOW_YET];
  return member.role === "commune"
    ? communeProgress(ctx, member.commune, dates)
    : districtProgress(ctx, member.district, dates);
}
