import type { Campaign, IntegrityPolicy } from "@pks02/shared";

/** The thresholds of a campaign's integrity signals (its file's `integrity`, over the defaults): read here only. */
export function integrityPolicyFor(campaign: Campaign): IntegrityPolicy {
  return campaign.integrity;
}
