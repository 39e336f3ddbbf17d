import { join } from "node:path";

/** A folder with one campaign besides the shipped one: a short form over three units without districts. */
export const TEST_CAMPAIGNS_DIR = join(__dirname, "../../test/fixtures/campaigns");
/** The id of that campaign (14–15/6/2024: its first day is the PKS 02 campaign's last). */
export const TEST_CAMPAIGN_ID = "thu-nghiem-2024-06";
/** Its units, none with a district. */
export const TEST_CAMPAIGN_UNITS = ["99001", "99002", "99003"] as const;
