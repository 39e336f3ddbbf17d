import { COMMUNES, localDateOf, type RosterMissingReport } from "@pks02/shared";
import type { AppContext } from "../context";
import { currentCampaign } from "./campaign";
import { communesWithRoster } from "./roster-repository";

/** The units (of one district, or all) with no helper on the roster yet, and the campaign's due date. */
export async function unitsWithoutRoster(
  ctx: AppContext,
  districtCode: string | null,
): Promise<RosterMissingReport> {
  const campaign = currentCampaign(ctx);
  const withRoster = await communesWithRoster(ctx.db, campaign.id);
  const inScope = COMMUNES.filter((c) => districtCode === null || c.districtCode === districtCode);
  return {
    campaignId: campaign.id,
    dueDate: campaign.dueDate,
    overdue: localDateOf(ctx.now()) > campaign.dueDate,
    communeCount: inScope.length,
    units: inScope
      .filter((c) => !withRoster.has(c.code))
      .map(({ code, name, districtCode: district, districtName }) => ({
        code,
        name,
        districtCode: district,
        districtName,
      })),
  };
}
