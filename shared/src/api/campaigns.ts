import { z } from "zod";
import type { Campaign } from "../campaigns/campaign";
import { windowPhase, ZSurveyWindow } from "../window/window";
import { ZSurveyDefinition } from "../survey/types";

/** One campaign as the public list shows it. */
export const ZCampaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  window: ZSurveyWindow,
  phase: z.enum(["not_open", "open", "closed"]),
  isDefault: z.boolean(),
  form: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  unitCount: z.number().int(),
  /** False for a flat registry (no district level). */
  hasDistricts: z.boolean(),
});
export type CampaignSummary = z.infer<typeof ZCampaignSummary>;

/** `GET /api/campaigns`. */
export const ZCampaignList = z.object({
  campaigns: z.array(ZCampaignSummary),
  defaultCampaignId: z.string(),
  today: z.string(),
});
export type CampaignList = z.infer<typeof ZCampaignList>;

/** A campaign as the public list shows it, at a moment. */
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
    hasDistricts: campaign.units.parents.length > 0,
  };
}

/** `GET /api/survey?campaign=…`: the campaign's form, its days and where they stand today. */
export const ZSurveyReply = z.object({
  campaign: z.object({ id: z.string(), title: z.string() }),
  definition: ZSurveyDefinition,
  window: ZSurveyWindow,
  phase: z.enum(["not_open", "open", "closed"]),
  today: z.string(),
});
export type SurveyReply = z.infer<typeof ZSurveyReply>;

/** `GET /api/communes/:code?campaign=…`: one unit of the campaign's registry (no district in a flat one). */
export const ZCommuneReply = z.object({
  code: z.string(),
  name: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
});
export type CommuneReply = z.infer<typeof ZCommuneReply>;
