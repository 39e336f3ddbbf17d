import type { Campaign } from "./campaign";

/** Every campaign the server knows, and the one that answers when a link names none. */
export interface CampaignCatalog {
  readonly campaigns: readonly Campaign[];
  readonly defaultCampaign: Campaign;
  find(id: string): Campaign | undefined;
}

/** A catalog over campaigns with distinct ids; `defaultId` must be one of them. */
export function buildCampaignCatalog(campaigns: readonly Campaign[], defaultId: string): CampaignCatalog {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const defaultCampaign = byId.get(defaultId);
  if (!defaultCampaign) throw new Error(`the default campaign ${defaultId} is not among the campaigns`);
  return { campaigns, defaultCampaign, find: (id) => byId.get(id) };
}

/** The campaigns running on a local date (their days include it), in catalog order. */
export function campaignsOnDay(catalog: CampaignCatalog, date: string): Campaign[] {
  return catalog.campaigns.filter((c) => date >= c.window.start && date <= c.window.end);
}
