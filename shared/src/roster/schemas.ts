import { z } from "zod";
import { ZLocalDate } from "../window/window";
import { ZCommuneCode, ZDistrictCode } from "../api/resident";

/** A half-day at the one-stop office, or the whole day. */
export const ZShift = z.enum(["morning", "afternoon", "full"]);
export type Shift = z.infer<typeof ZShift>;

/** How a shift is written in the workbook and on the notice. */
export const SHIFT_LABELS: Record<Shift, string> = { morning: "Sáng", afternoon: "Chiều", full: "Cả ngày" };

/** One helper at a unit's one-stop office for one day and shift (staff data: never mixed with answers). */
export const ZRosterHelper = z.object({
  communeCode: ZCommuneCode,
  date: ZLocalDate,
  shift: ZShift,
  name: z.string().min(1).max(100),
  role: z.string().min(1).max(100),
  unit: z.string().min(1).max(150),
  /** Digits only, 10 or 11 of them starting with 0; null when not given. */
  phone: z
    .string()
    .regex(/^0\d{9,10}$/)
    .nullable(),
});
export type RosterHelper = z.infer<typeof ZRosterHelper>;

/** A leader assigned to supervise some communes or districts on some days (no days = the whole window). */
export const ZRosterSupervisor = z.object({
  name: z.string().min(1).max(100),
  title: z.string().min(1).max(100),
  unit: z.string().min(1).max(150),
  /** Commune (5 digits) and district (3 digits) codes covered. */
  scope: z.array(z.union([ZCommuneCode, ZDistrictCode])).min(1),
  days: z.array(ZLocalDate),
});
export type RosterSupervisor = z.infer<typeof ZRosterSupervisor>;

/** A campaign's roster (or one district's part of it), in the order of its workbook. */
export const ZRoster = z.object({
  helpers: z.array(ZRosterHelper),
  supervisors: z.array(ZRosterSupervisor),
});
export type Roster = z.infer<typeof ZRoster>;

/** One problem of one workbook row, in Vietnamese, with the sheet and row number a person sees. */
export const ZRosterRowError = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  message: z.string(),
});
export type RosterRowError = z.infer<typeof ZRosterRowError>;

/** PUT /api/roster on success: what is stored now for the scope, and whether the upload changed it. */
export const ZRosterUploadResult = z.object({
  campaignId: z.string(),
  districtCode: z.nullable(ZDistrictCode),
  helpers: z.number().int().nonnegative(),
  supervisors: z.number().int().nonnegative(),
  communesWithRoster: z.number().int().nonnegative(),
  changed: z.boolean(),
});
export type RosterUploadResult = z.infer<typeof ZRosterUploadResult>;

/** A unit that has no helper on the roster yet. */
export const ZUnitWithoutRoster = z.object({
  code: ZCommuneCode,
  name: z.string(),
  districtCode: ZDistrictCode,
  districtName: z.string(),
});

/** GET /api/roster/missing: the units still without a roster, and the campaign's due date for it. */
export const ZRosterMissingReport = z.object({
  campaignId: z.string(),
  dueDate: ZLocalDate,
  overdue: z.boolean(),
  communeCount: z.number().int().nonnegative(),
  units: z.array(ZUnitWithoutRoster),
});
export type RosterMissingReport = z.infer<typeof ZRosterMissingReport>;

/** GET /api/roster/announcement: the short text for the loudspeaker and the commune's Zalo page. */
export const ZRosterAnnouncement = z.object({ communeCode: ZCommuneCode, text: z.string() });
export type RosterAnnouncement = z.infer<typeof ZRosterAnnouncement>;
