import type { CampaignSummary } from "../api/schemas";
import { windowPhase } from "../window/window";
import type { Campaign } from "./campaign";
import { hasDistricts } from "./units";

/** A campaign as the public list (GET /api/campaigns) shows it, at a moment. */
export function summariseCampaign(campaign: Campaign, isDefault: boolean, moment: Date): CampaignSummary {
  const { id, version, title } = campaign.form;
  return {
    id: campaign.id,
    title: campaign.title,
    window: campaign.window,
    phase: windowPhase(campaign.window, moment),
    isDefault,
    form: { id, version, title },
    unitCount: campaign.units.units.length,
    hasDistricts: hasDistricts(campaign.units),
  };
}
