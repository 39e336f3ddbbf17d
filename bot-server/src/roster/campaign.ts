import { findDistrict, type SurveyWindow } from "@pks02/shared";
import type { AppContext } from "../context";
import { assertDistrictAccess, type Staff } from "../auth/require-staff";
import { AppError } from "../http/errors";
import type { RosterPart } from "./roster-repository";

/** The campaign a roster belongs to: its id, its survey days and the day its roster is due. */
export interface RosterCampaign {
  id: string;
  window: SurveyWindow;
  dueDate: string;
}

/**
 * The campaign the roster is kept for: the default one (DEFAULT_CAMPAIGN), whose registry (the June 2024
 * Bắc Giang communes and districts) the roster's workbook lists.
 */
export function currentCampaign(ctx: AppContext): RosterCampaign {
  const { id, window } = ctx.config.campaigns.defaultCampaign;
  return { id, window, dueDate: ctx.config.rosterDueDate };
}

/**
 * The part of the roster a request is about: a district token's own district (asking for another is 403),
 * the admin's chosen district, or the whole province. 404 DISTRICT_NOT_FOUND for an unknown district.
 */
export function rosterPartFor(ctx: AppContext, staff: Staff, district: string | undefined): RosterPart {
  if (district !== undefined && !findDistrict(district)) throw new AppError("DISTRICT_NOT_FOUND");
  if (district !== undefined) assertDistrictAccess(staff, district);
  const districtCode = staff.kind === "district" ? staff.districtCode : (district ?? null);
  return { campaignId: currentCampaign(ctx).id, districtCode };
}
