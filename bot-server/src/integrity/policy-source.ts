import { DEFAULT_INTEGRITY_POLICY, type Campaign, type IntegrityPolicy } from "@pks02/shared";

/**
 * The thresholds of a campaign's integrity signals: the one place the server reads them. Today every campaign
 * has the defaults of `@pks02/shared`; per-campaign settings are to be read here.
 */
export function integrityPolicyFor(campaign: Campaign): IntegrityPolicy {
  void campaign;
  return DEFAULT_INTEGRITY_POLICY;
}
