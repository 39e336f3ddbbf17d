import { z } from "zod";
import { normalizeText } from "../text";
import { ZLocalDate } from "../window/window";
import { ZCampaignId } from "../campaigns/schema";

/** A commune code: 5 digits, as GSO writes it. */
export const ZCommuneCode = z.string().regex(/^\d{5}$/, "mã xã gồm 5 chữ số");
/** A district code: 3 digits. */
export const ZDistrictCode = z.string().regex(/^\d{3}$/, "mã huyện gồm 3 chữ số");

/** What the Mini App sends for one completed PKS 02 form. */
export const ZResponseInput = z.object({
  submissionId: z.uuid(),
  /** The campaign the form belongs to; without it, the default campaign (clients from before campaigns). */
  campaignId: ZCampaignId.optional(),
  communeCode: ZCommuneCode,
  surveyVersion: z.string().min(1).max(64),
  answers: z.record(z.string().max(16), z.unknown()),
  startedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ResponseInput = z.infer<typeof ZResponseInput>;

/** The server's answer to an accepted (or retried) submission. */
export const ZResponseReceipt = z.object({
  id: z.uuid(),
  status: z.literal("accepted"),
  receivedAt: z.string(),
});
export type ResponseReceipt = z.infer<typeof ZResponseReceipt>;

// Names are shown to staff and in reports: NFC, no control, zero-width or bidi-override characters, so a
// name cannot be blank-looking or display reversed.
const ZHelperText = z.string().transform(normalizeText).pipe(z.string().min(1).max(100));

/** Someone who helped at the one-stop office that day (the province's daily entry asks for it). */
export const ZHelper = z.object({ name: ZHelperText, role: ZHelperText });

/** A commune's visitor count for one survey day: the staff API's body, and what /luotden reports. */
export const ZVisitInput = z.object({
  visits: z.number().int().min(0).max(100_000),
  helpers: z.array(ZHelper).max(50).optional(),
});
export type VisitInput = z.infer<typeof ZVisitInput>;

export const ZVisitPath = z.object({ code: ZCommuneCode, date: ZLocalDate });

/** Every API error has this shape: a stable English code and a Vietnamese message. */
export const ZApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ApiError = z.infer<typeof ZApiError>;
