import { COMMUNES, findCommune, noticeContent, type Commune, type NoticeContent } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { allSupervisors, loadRoster, type RosterPart } from "./roster-repository";

/** The units a notice request covers: one commune (inside the part), or every unit of the part. */
function noticeUnits(part: RosterPart, communeCode: string | undefined): Commune[] {
  if (communeCode === undefined)
    return COMMUNES.filter((c) => part.districtCode === null || c.districtCode === part.districtCode);
  const commune = findCommune(communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
  if (part.districtCode !== null && commune.districtCode !== part.districtCode)
    throw new AppError("FORBIDDEN");
  return [commune];
}

/** What each unit's notice says: its helpers day by day, its supervisors (province-wide ones too), its QR link. */
export async function unitNotices(
  ctx: AppContext,
  part: RosterPart,
  communeCode?: string,
): Promise<NoticeContent[]> {
  const units = noticeUnits(part, communeCode);
  const districtCode = communeCode ? units[0]!.districtCode : part.districtCode;
  const { helpers } = await loadRoster(ctx.db, { ...part, districtCode });
  const supervisors = await allSupervisors(ctx.db, part.campaignId);
  // The roster is the default campaign's (see currentCampaign): its form, registry and days.
  const campaign = ctx.config.campaigns.defaultCampaign;
  const miniAppId = ctx.config.zaloMiniAppId ?? null;
  return units.map((commune) => noticeContent(commune, { helpers, supervisors }, campaign, miniAppId));
}
