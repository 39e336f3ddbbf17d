import { COMMUNES, DEFAULT_CAMPAIGN_ID, type Campaign } from "@pks02/shared";
import { REPO_CAMPAIGNS_DIR, loadCampaignCatalog } from "@pks02/bot-server/src/campaigns/load-campaigns";
import { TEST_CAMPAIGNS_DIR, TEST_CAMPAIGN_ID } from "@pks02/bot-server/src/testing/campaigns";
import type { QrKitOptions } from "../options";

/** A made-up but well-formed Zalo Mini App id. */
export const TEST_APP_ID = "3423472366583461276";

/** The shipped campaigns and the tests' own (a short form over three units without districts). */
export const TEST_CATALOG = loadCampaignCatalog({
  directories: [REPO_CAMPAIGNS_DIR, TEST_CAMPAIGNS_DIR],
  defaultCampaignId: DEFAULT_CAMPAIGN_ID,
});
/** The June 2024 PKS 02 round (the default). */
export const PKS02_CAMPAIGN: Campaign = TEST_CATALOG.defaultCampaign;
/** The tests' flat campaign. */
export const FLAT_CAMPAIGN: Campaign = TEST_CATALOG.find(TEST_CAMPAIGN_ID)!;

/** Options for `generateQrKit`: all 209 communes of the default campaign, its window, a test app id. */
export function buildQrKitOptions(overrides: Partial<QrKitOptions> & { outDir: string }): QrKitOptions {
  return {
    miniAppId: TEST_APP_ID,
    campaign: PKS02_CAMPAIGN,
    linkCampaignId: null,
    communes: COMMUNES,
    window: PKS02_CAMPAIGN.window,
    registrationCodesFile: null,
    ...overrides,
  };
}
