import express, { Router, type Response } from "express";
import { z } from "zod";
import { ZCommuneCode, ZLocalDate, daysSoFar, isSurveyDay, localDateOf, type Campaign } from "@pks02/shared";
import { assertDistrictAccess, reporterOf, scopeOf, staffOf, type Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { recordVisits } from "../visits/record-visits";
import { listVisitCountChanges } from "../visits/visits-repository";
import { assertFormFromUs, dashboardSessionOf, sessionBinding } from "./access";
import { dashboardCampaign } from "./campaign";
import { HELPER_ROWS, countEntryContent, type CountEntryView, type FormHelper } from "./count-entry-page";
import { STAFF_COMMUNE_NOT_FOUND, csrfTokenOfSession, sendStaffPage } from "./respond";

const PATH = "/dashboard/nhap-luot-den";

const ZChoice = z
  .object({ xa: z.optional(ZCommuneCode), ngay: z.optional(ZLocalDate), "da-luu": z.literal("1").optional() })
  .strict();

const ZRepeated = z
  .union([z.string().max(200), z.array(z.string().max(200)).max(HELPER_ROWS)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

const ZCountForm = z.object({
  _csrf: z.string().optional(),
  xa: ZCommuneCode,
  ngay: ZLocalDate,
  luot: z.string().max(20),
  ten: ZRepeated,
  vaitro: ZRepeated,
  donvi: ZRepeated,
});
type CountForm = z.infer<typeof ZCountForm>;

/** The commune and day chosen, if this staff may report for that commune (404, 403, 400 otherwise). */
function checkChoice(campaign: Campaign, staff: Staff, communeCode: string, date: string) {
  const commune = campaign.units.find(communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND", { message: STAFF_COMMUNE_NOT_FOUND });
  assertDistrictAccess(staff, commune.districtCode);
  if (!isSurveyDay(campaign.window, date)) throw new AppError("DATE_OUTSIDE_WINDOW");
}

/** The form's helper rows as typed (name, role and unit side by side). */
const helperRowsOf = (form: CountForm): FormHelper[] =>
  form.ten.map((name, i) => ({ name, role: form.vaitro[i] ?? "", unit: form.donvi[i] ?? "" }));

/**
 * The form's helper rows as helpers (the unit only when given); a row with a name and no role (or the
 * reverse) is refused.
 */
function helpersOf(form: CountForm): { name: string; role: string; unit?: string }[] {
  const helpers = helperRowsOf(form).map((h) => ({
    name: h.name.trim(),
    role: h.role.trim(),
    unit: (h.unit ?? "").trim(),
  }));
  const filled = helpers.filter((h) => h.name !== "" || h.role !== "" || h.unit !== "");
  if (filled.some((h) => h.name === "" || h.role === ""))
    throw new AppError("VALIDATION_FAILED", { message: "Mỗi người hỗ trợ cần có cả họ tên và vai trò." });
  return filled.map(({ unit, ...h }) => (unit === "" ? h : { ...h, unit }));
}

function visitsOf(form: CountForm): number {
  if (!/^\d{1,6}$/.test(form.luot.trim()))
    throw new AppError("VALIDATION_FAILED", {
      message: "Số lượt công dân đến phải là một số nguyên, từ 0 trở lên.",
    });
  return Number(form.luot.trim());
}

function sendCountPage(
  ctx: AppContext,
  res: Response,
  view: Omit<CountEntryView, "staff" | "csrfToken" | "days" | "units">,
  status = 200,
) {
  const session = dashboardSessionOf(res);
  const campaign = dashboardCampaign(res);
  const content = countEntryContent({
    ...view,
    units: campaign.units,
    days: daysSoFar(campaign.window, ctx.now()),
    staff: session.staff,
    csrfToken: csrfTokenOfSession(ctx, session),
  });
  sendStaffPage(ctx, res, { title: "Nhập lượt công dân đến", active: "visits", status }, content);
}

/** GET/POST /dashboard/nhap-luot-den: a day's visitor count and helpers, through the API's own use case. */
export function countEntryRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get(PATH, async (req, res) => {
    const choice = parseInput(ZChoice, req.query);
    const date = choice.ngay ?? localDateOf(ctx.now());
    if (!choice.xa) return sendCountPage(ctx, res, { date });
    checkChoice(dashboardCampaign(res), staffOf(res), choice.xa, date);
    const history = await listVisitCountChanges(ctx.db, dashboardCampaign(res).id, choice.xa, date);
    const latest = history.at(-1);
    const current = { visits: latest?.visits ?? null, helpers: latest?.helpers ?? [] };
    const saved =
      choice["da-luu"] && latest
        ? { visits: latest.visits, previousVisits: latest.previousVisits }
        : undefined;
    sendCountPage(ctx, res, { communeCode: choice.xa, date, current, saved });
  });
  router.post(
    PATH,
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 40 }),
    async (req, res) => {
      const staff = staffOf(res);
      assertFormFromUs(ctx, req, sessionBinding(dashboardSessionOf(res)));
      const form = parseInput(ZCountForm, req.body ?? {});
      checkChoice(dashboardCampaign(res), staff, form.xa, form.ngay);
      try {
        await recordVisits(ctx, {
          campaign: dashboardCampaign(res),
          communeCode: form.xa,
          date: form.ngay,
          visits: visitsOf(form),
          helpers: helpersOf(form),
          source: "api",
          reportedBy: reporterOf(staff),
          scope: scopeOf(staff),
        });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "VALIDATION_FAILED") throw error;
        const current = {
          visits: /^\d+$/.test(form.luot) ? Number(form.luot) : null,
          helpers: helperRowsOf(form),
        };
        return sendCountPage(
          ctx,
          res,
          { communeCode: form.xa, date: form.ngay, current, error: error.message },
          400,
        );
      }
      res.redirect(303, `${PATH}?xa=${form.xa}&ngay=${form.ngay}&da-luu=1`);
    },
  );
  return router;
}
