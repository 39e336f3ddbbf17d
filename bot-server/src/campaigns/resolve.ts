import { z } from "zod";
import { ZCampaignId, type Campaign } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";

/** `?campaign=<id>` (optional: without it, the default campaign). */
export const ZCampaignParam = { campaign: z.optional(ZCampaignId) };
/** A query of nothing but `?campaign=`. */
export const ZCampaignQuery = z.strictObject(ZCampaignParam);

/**
 * The campaign a request names, resolved at the edge: the default one when it names none (old clients and
 * printed QR codes), 404 CAMPAIGN_NOT_FOUND for an id no campaign file defines. Use cases take the result.
 */
export function campaignOf(ctx: Pick<AppContext, "config">, id: string | undefined): Campaign {
  if (id === undefined) return ctx.config.campaigns.defaultCampaign;
  const campaign = ctx.config.campaigns.find(id);
  if (!campaign) throw new AppError("CAMPAIGN_NOT_FOUND");
  return campaign;
}
