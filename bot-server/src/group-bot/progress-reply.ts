import {
  NOTHING_TO_SHOW_YET,
  NOT_REGISTERED,
  communeProgressText,
  daysSoFar,
  districtProgressTexts,
  surveyDayOf,
  type Commune,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { computeProgress } from "../progress/compute-progress";
import { findMember } from "./members";
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
  return [communeProgressText(figures, dates, todayFigures)];
}

/** /tiendo: the sender's commune (task team) or district (steering committee), over the days so far. */
export async function progressReply(ctx: AppContext, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [NOT_REGISTERED];
  const dates = daysSoFar(ctx.config.surveyWindow, ctx.now());
  if (dates.length === 0) return [NOTHING_TO_SHOW_YET];
  if (member.role === "commune") return communeProgress(ctx, member.commune, dates);
  const progress = await computeProgress(ctx, { dates, districtCode: member.district.code });
  const district = progress.districts[0];
  return district ? districtProgressTexts(district, progress.communes, dates) : [NOTHING_TO_SHOW_YET];
}
