import { ZIntegrityPolicySpec } from "../integrity/policy";
import { z } from "zod";
import { ZSurveyWindow, SURVEY_TIME_ZONE } from "../window/window";
import { ZCampaignId } from "./id";

/** The campaign file format this code reads; a file names the format it was written for. */
export const CAMPAIGN_FILE_FORMAT = 1;

/** A form or registry that ships with the code, by key (e.g. the PKS 02 form by its version). */
export const ZBuiltinRef = z.strictObject({ builtin: z.string().min(1) });
/** A form or registry in its own JSON/YAML file, relative to the campaign file. */
export const ZFileRef = z.strictObject({ file: z.string().min(1) });

/** Where a campaign's form or units come from: written inline, in another file, or shipped with the code. */
const ZPartSpec = z.union([ZBuiltinRef, ZFileRef, z.record(z.string(), z.unknown())]);
export type PartSpec = z.infer<typeof ZPartSpec>;

/** The quota policy's parameters (see evaluateQuota); a campaign file may set any of them. */
export const ZQuotaPolicySpec = z.strictObject({
  toleranceRatio: z.number().min(0).max(1).optional(),
  crowdedMinimumPerDay: z.number().int().min(0).optional(),
  minToleranceForms: z.number().int().min(0).optional(),
});

/** A Zalo group the campaign posts to; without `groupId` the server's configured group (ZALO_GROUP_ID). */
export const ZCampaignGroup = z.strictObject({
  name: z.string().trim().min(1),
  groupId: z.string().trim().min(1).optional(),
});
export type CampaignGroup = z.infer<typeof ZCampaignGroup>;

/** One campaign file (JSON or YAML): a survey round as data. */
export const ZCampaignFile = z.strictObject({
  format: z.literal(CAMPAIGN_FILE_FORMAT, `this code reads campaign files of format ${CAMPAIGN_FILE_FORMAT}`),
  id: ZCampaignId,
  title: z.string().trim().min(1),
  /** How posts, lists and reports name the round in a few words ("PKS 02"); the form's id when not given. */
  shortTitle: z.string().trim().min(1).max(40).optional(),
  form: ZPartSpec,
  units: ZPartSpec,
  days: ZSurveyWindow,
  // Every date of the system is a Vietnamese local date; another zone would need a different clock everywhere.
  timeZone: z.literal(SURVEY_TIME_ZONE, `only ${SURVEY_TIME_ZONE} is supported`).default(SURVEY_TIME_ZONE),
  quota: ZQuotaPolicySpec.default({}),
  /** The integrity signals' thresholds this round sets (the rest: the defaults of integrity/policy.ts). */
  integrity: ZIntegrityPolicySpec.default({}),
  zaloGroups: z.array(ZCampaignGroup).default([]),
});
export type CampaignFile = z.infer<typeof ZCampaignFile>;
