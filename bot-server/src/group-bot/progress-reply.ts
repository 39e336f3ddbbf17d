import {
  NOTHING_TO_SHOW_YET,
  NOT_REGISTERED,
  communeProgressText,
  communesWithPhoto,
  daysSoFar,
  districtProgressTexts,
  missingVisitDays,
  progressOver,
  surveyDayOf,
  type Commune,
  type ProgressData,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { loadProgress } from "../progress/compute-progress";
import { findMember } from "./members";

function communeProgress(ctx: AppContext, commune: Commune, progress: ProgressData): string[] {
  const [figures] = progressOver(progress).communes;
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const today = surveyDayOf(ctx.config.surveyWindow, ctx.now());
  const [todayCommune] = today ? progressOver(progress, [today]).communes : [];
  const todayFigures =
    today && todayCommune
      ? { date: today, commune: todayCommune, hasPhoto: communesWithPhoto(progress, today).has(commune.code) }
      : null;
  const missing = missingVisitDays(progress).get(commune.code) ?? [];
  return [communeProgressText(figures, progress.dates, todayFigures, missing)];
}

function districtProgress(ctx: AppContext, progress: ProgressData): string[] {
  const report = progressOver(progress);
  const figures = report.districts[0];
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const missing = missingVisitDays(progress);
  const today = surveyDayOf(ctx.config.surveyWindow, ctx.now());
  let todayFigures = null;
  if (today) {
    const photos = communesWithPhoto(progress, today);
    todayFigures = {
      date: today,
      visitsReported: report.communes.filter((c) => !missing.get(c.code)?.includes(today)).length,
      photos: report.communes.filter((c) => photos.has(c.code)).length,
    };
  }
  return districtProgressTexts(figures, report.communes, progress.dates, todayFigures, missing);
}

/**
 * /tiendo: the sender's commune (task team) or district (steering committee), over the days so far; every
 * figure of the reply comes from one progress query of that commune or district.
 */
export async function progressReply(ctx: AppContext, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [NOT_REGISTERED];
  // The group's commands speak of the default campaign (the group's own round).
  const campaign = ctx.config.campaigns.defaultCampaign;
  const dates = daysSoFar(campaign.window, ctx.now());
  if (dates.length === 0) return [NOTHING_TO_SHOW_YET];
  if (member.role === "commune") {
    const scope = { kind: "commune", communeCode: member.commune.code } as const;
    return communeProgress(ctx, member.commune, await loadProgress(ctx, campaign, { dates, scope }));
  }
  const scope = { kind: "district", districtCode: member.district.code } as const;
  return districtProgress(ctx, await loadProgress(ctx, campaign, { dates, scope }));
}
