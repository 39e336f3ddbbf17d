import {
  NOTHING_TO_SHOW_YET,
  NOT_REGISTERED,
  campaignForUnitOn,
  communeProgressText,
  communesWithPhoto,
  daysSoFar,
  districtProgressTexts,
  localDateOf,
  missingVisitDays,
  progressOver,
  surveyDayOf,
  type Campaign,
  type Commune,
  type ProgressData,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { loadProgress } from "../progress/compute-progress";
import { findMember } from "./members";

function communeProgress(
  ctx: AppContext,
  campaign: Campaign,
  commune: Commune,
  progress: ProgressData,
): string[] {
  const [figures] = progressOver(progress).communes;
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const today = surveyDayOf(campaign.window, ctx.now());
  const [todayCommune] = today ? progressOver(progress, [today]).communes : [];
  const todayFigures =
    today && todayCommune
      ? { date: today, commune: todayCommune, hasPhoto: communesWithPhoto(progress, today).has(commune.code) }
      : null;
  const missing = missingVisitDays(progress).get(commune.code) ?? [];
  return [communeProgressText(figures, progress.dates, todayFigures, missing)];
}

function districtProgress(ctx: AppContext, campaign: Campaign, progress: ProgressData): string[] {
  const report = progressOver(progress);
  const figures = report.districts[0];
  if (!figures) return [NOTHING_TO_SHOW_YET];
  const missing = missingVisitDays(progress);
  const today = surveyDayOf(campaign.window, ctx.now());
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
 * /tiendo: the sender's commune (task team) or district (steering committee), over the days so far of the
 * campaign that lists it today (see campaignForUnitOn); every figure of the reply comes from one progress query
 * of that commune or district.
 */
export async function progressReply(ctx: AppContext, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx, memberKey);
  if (!member) return [NOT_REGISTERED];
  const unit =
    member.role === "commune" ? { communeCode: member.commune.code } : { districtCode: member.district.code };
  const campaign = campaignForUnitOn(ctx.config.campaigns, unit, localDateOf(ctx.now()));
  const dates = campaign ? daysSoFar(campaign.window, ctx.now()) : [];
  if (!campaign || dates.length === 0) return [NOTHING_TO_SHOW_YET];
  if (member.role === "commune") {
    const scope = { kind: "commune", communeCode: member.commune.code } as const;
    const progress = await loadProgress(ctx, campaign, { dates, scope });
    return communeProgress(ctx, campaign, member.commune, progress);
  }
  const scope = { kind: "district", districtCode: member.district.code } as const;
  return districtProgress(ctx, campaign, await loadProgress(ctx, campaign, { dates, scope }));
}
