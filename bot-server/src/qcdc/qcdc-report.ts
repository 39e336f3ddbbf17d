import { qcdcRow, type Campaign, type QcdcRow, type RosterHelper } from "@pks02/shared";
import type { AppContext } from "../context";
import { currentCampaign } from "../roster/campaign";
import { helpersOfDays } from "../roster/roster-repository";
import { loadQcdcDays } from "./qcdc-repository";

/**
 * The QCDC rows of every commune of a campaign's district (or of all its units) for some survey days, day by
 * day in code order. A day's helpers are those its visit report lists, else the roster's for that day.
 */
export async function qcdcRows(
  ctx: AppContext,
  campaign: Campaign,
  options: { days: readonly string[]; districtCode: string | null; communeCode?: string },
): Promise<QcdcRow[]> {
  const stored = await loadQcdcDays(ctx.db, {
    campaignId: campaign.id,
    unitCodes: campaign.units.units.map((u) => u.code),
    ...options,
  });
  const roster = await helpersOfDays(ctx.db, currentCampaign(ctx).id, options.days, options.districtCode);
  const scheduled = new Map<string, RosterHelper[]>();
  for (const helper of roster) {
    const key = `${helper.communeCode} ${helper.date}`;
    scheduled.set(key, [...(scheduled.get(key) ?? []), helper]);
  }
  return stored
    .filter((day) => options.communeCode === undefined || day.communeCode === options.communeCode)
    .map((day) => {
      const helpers =
        day.helpers.length > 0 ? day.helpers : (scheduled.get(`${day.communeCode} ${day.date}`) ?? []);
      return qcdcRow({ ...day, commune: campaign.units.find(day.communeCode)!, helpers });
    });
}
