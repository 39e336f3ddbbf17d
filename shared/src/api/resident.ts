// What the Mini App reads and sends, in zod/mini: its first screen parses the server's replies with these, and
// zod/mini's functions tree-shake where the classic API's methods cannot (≈ 9 KB gzipped against ≈ 25 KB). The
// server parses with the same schemas; classic schemas take them as members (`z.optional(ZDistrictCode)`).
// Nothing here may import a module that builds classic schemas at its top level: the app would bundle it.
import * as z from "zod/mini";
import { ZCampaignId } from "../campaigns/id";
import { ZSurveyDefinition } from "../survey/types";
import { ZLocalDate, ZSurveyWindow, ZWindowPhase } from "../window/window";

/** A commune code: 5 digits, as GSO writes it. */
export const ZCommuneCode = z.string().check(z.regex(/^\d{5}$/, "mã xã gồm 5 chữ số"));
/** A district code: 3 digits. */
export const ZDistrictCode = z.string().check(z.regex(/^\d{3}$/, "mã huyện gồm 3 chữ số"));

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * GET /api/survey?campaign=…: the campaign's form, its days, where today stands, and today's local date.
 * `campaign` is absent only from servers (and offline caches) older than campaigns.
 */
export const ZSurveyInfo = z.object({
  campaign: z.optional(z.object({ id: ZCampaignId, title: nonEmpty() })),
  definition: ZSurveyDefinition,
  window: ZSurveyWindow,
  phase: ZWindowPhase,
  today: ZLocalDate,
});
export type SurveyInfo = z.infer<typeof ZSurveyInfo>;

/** GET /api/communes/:code?campaign=…: the unit a QR code names (no district in a flat registry). */
export const ZCommuneInfo = z.object({
  code: ZCommuneCode,
  name: nonEmpty(),
  districtCode: z.nullable(ZDistrictCode),
  districtName: z.nullable(nonEmpty()),
});
export type CommuneInfo = z.infer<typeof ZCommuneInfo>;

/** What the Mini App sends for one completed PKS 02 form. */
export const ZResponseInput = z.object({
  submissionId: z.uuid(),
  /** The campaign the form belongs to; without it, the default campaign (clients from before campaigns). */
  campaignId: z.optional(ZCampaignId),
  communeCode: ZCommuneCode,
  surveyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  answers: z.record(z.string().check(z.maxLength(16)), z.unknown()),
  startedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type ResponseInput = z.infer<typeof ZResponseInput>;

/** The server's answer to an accepted (or retried) submission. */
export const ZResponseReceipt = z.object({
  id: z.uuid(),
  status: z.literal("accepted"),
  receivedAt: z.string(),
});
export type ResponseReceipt = z.infer<typeof ZResponseReceipt>;

/** Every API error has this shape: a stable English code and a Vietnamese message. */
export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.array(z.unknown())),
  }),
});
export type ApiError = z.infer<typeof ZApiError>;
