import { DEFAULT_INTEGRITY_POLICY, type IntegrityPolicy } from "@pks02/shared";
import type { ResultsCampaign } from "../results/campaign";

/**
 * The thresholds of a campaign's integrity signals: the one place the server reads them. Today every campaign
 * has the defaults of `@pks02/shared`; per-campaign settings are to be read here.
 */
export function integrityPolicyFor(campaign: ResultsCampaign): IntegrityPolicy {
  void campaign;
  return DEFAULT_INTEGRITY_POLICY;
}
