import { z } from "zod";
import { ZLocalDate } from "../window/window";

/** A commune code: 5 digits, as GSO writes it. */
export const ZCommuneCode = z.string().regex(/^\d{5}$/, "mã xã gồm 5 chữ số");
/** A district code: 3 digits. */
export const ZDistrictCode = z.string().regex(/^\d{3}$/, "mã huyện gồm 3 chữ số");

/** What the Mini App sends for one completed PKS 02 form. */
export const ZResponseInput = z.object({
  submissionId: z.uuid(),
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

/** Someone who helped at the one-stop office that day (the province's daily entry asks for it). */
export const ZHelper = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.string().trim().min(1).max(100),
});

/** A commune's visitor count for one survey day. */
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

/** GET /api/server-identity: the server's proof that it holds the admin token, for a caller's nonce. */
export const ZServerIdentity = z.object({ service: z.literal("pks02"), proof: z.string() });
export type ServerIdentity = z.infer<typeof ZServerIdentity>;

/** POST /api/admin/respondent-keys/purge: how many de-duplication keys of the survey were deleted. */
export const ZRespondentKeysPurge = z.object({
  surveyId: z.string(),
  deleted: z.number().int().min(0),
  /** The window's last day, dd/mm/yyyy. */
  windowEnd: z.string(),
});
export type RespondentKeysPurge = z.infer<typeof ZRespondentKeysPurge>;

/** GET /api/admin/registration-codes: each commune's and district's code for joining the Zalo group's teams. */
export const ZRegistrationCodes = z.object({
  surveyId: z.string(),
  communes: z.array(
    z.object({
      code: ZCommuneCode,
      name: z.string(),
      districtCode: ZDistrictCode,
      registrationCode: z.string().regex(/^\d{6}$/),
    }),
  ),
  districts: z.array(
    z.object({ code: ZDistrictCode, name: z.string(), registrationCode: z.string().regex(/^\d{6}$/) }),
  ),
});
export type RegistrationCodes = z.infer<typeof ZRegistrationCodes>;
