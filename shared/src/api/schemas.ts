import { z } from "zod";
import { normalizeText } from "../text";
import { ZLocalDate, ZSurveyWindow, ZWindowPhase } from "../window/window";
import { ZCampaignId } from "../campaigns/id";
import { ZCommuneCode, ZDistrictCode } from "./resident";

// The other APIs' replies and inputs (campaigns, visits, admin), in classic zod: the Mini App never imports this
// module. What the Mini App reads and sends is in resident.ts.

/** One campaign as GET /api/campaigns lists it. */
export const ZCampaignSummary = z.object({
  id: ZCampaignId,
  title: z.string().min(1),
  window: ZSurveyWindow,
  phase: ZWindowPhase,
  isDefault: z.boolean(),
  form: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  unitCount: z.number().int().min(0),
  /** False for a flat registry (no district level). */
  hasDistricts: z.boolean(),
});
export type CampaignSummary = z.infer<typeof ZCampaignSummary>;

/** GET /api/campaigns: every campaign, the one a link without `?campaign=` gets, and today's local date. */
export const ZCampaignList = z.object({
  campaigns: z.array(ZCampaignSummary),
  defaultCampaignId: ZCampaignId,
  today: ZLocalDate,
});
export type CampaignList = z.infer<typeof ZCampaignList>;

// Names are shown to staff and in reports: NFC, no control, zero-width or bidi-override characters, so a
// name cannot be blank-looking or display reversed.
const ZHelperText = z.string().transform(normalizeText).pipe(z.string().min(1).max(100));

/** Someone who helped at the one-stop office that day (the province's daily entry asks for it). */
const ZHelper = z.object({
  name: ZHelperText,
  role: ZHelperText,
  /** The helper's organisation (the province's daily entry asks for names, positions and units). */
  unit: z.string().transform(normalizeText).pipe(z.string().min(1).max(150)).optional(),
});

/** A commune's visitor count for one survey day: the staff API's body, and what /luotden reports. */
export const ZVisitInput = z.object({
  visits: z.number().int().min(0).max(100_000),
  helpers: z.array(ZHelper).max(50).optional(),
});

export const ZVisitPath = z.object({ code: ZCommuneCode, date: ZLocalDate });

/** PUT /api/communes/:code/days/:date/visits (staff): the count recorded, and the one it replaced. */
export const ZRecordedVisits = z.object({
  communeCode: ZCommuneCode,
  date: ZLocalDate,
  visits: z.number().int().min(0),
  /** Equal to `visits` when the same value was sent again; null for the day's first count. */
  previousVisits: z.number().int().min(0).nullable(),
});
export type RecordedVisits = z.infer<typeof ZRecordedVisits>;

/** GET /api/communes/:code/days/:date/visits (staff): the current count and every change, oldest first. */
export const ZVisitDay = z.object({
  communeCode: ZCommuneCode,
  date: ZLocalDate,
  visits: z.number().int().min(0).nullable(),
  helpers: z.array(ZHelper),
  history: z.array(
    z.object({
      previousVisits: z.number().int().min(0).nullable(),
      visits: z.number().int().min(0),
      helpers: z.array(ZHelper),
      source: z.string(),
      reportedBy: z.string(),
      changedAt: z.iso.datetime({ offset: true }),
    }),
  ),
});
export type VisitDay = z.infer<typeof ZVisitDay>;

/** GET /api/server-identity: the server's proof that it holds the admin token, for a caller's nonce. */
export const ZServerIdentity = z.object({ service: z.literal("pks02"), proof: z.string() });
export type ServerIdentity = z.infer<typeof ZServerIdentity>;

/** POST /api/admin/respondent-keys/purge: how many de-duplication keys of the survey were deleted. */
export const ZRespondentKeysPurge = z.object({
  campaignId: ZCampaignId,
  /** The campaign's form. */
  surveyId: z.string(),
  deleted: z.number().int().min(0),
  /** The window's last day, dd/mm/yyyy. */
  windowEnd: z.string(),
});
export type RespondentKeysPurge = z.infer<typeof ZRespondentKeysPurge>;

/** GET /api/admin/registration-codes: each commune's and district's code for joining the Zalo group's teams. */
export const ZRegistrationCodes = z.object({
  /** The campaign the codes are for (a round's codes are its own). */
  campaignId: ZCampaignId,
  /** Its form's id ("PKS02"). */
  surveyId: z.string(),
  communes: z.array(
    z.object({
      code: ZCommuneCode,
      name: z.string(),
      /** Null for a unit of a registry without districts. */
      districtCode: z.nullable(ZDistrictCode),
      registrationCode: z.string().regex(/^\d{6}$/),
    }),
  ),
  districts: z.array(
    z.object({ code: ZDistrictCode, name: z.string(), registrationCode: z.string().regex(/^\d{6}$/) }),
  ),
});
export type RegistrationCodes = z.infer<typeof ZRegistrationCodes>;
