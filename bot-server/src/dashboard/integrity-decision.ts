import express, { Router } from "express";
import { z } from "zod";
import { ZCommuneCode, ZLocalDate } from "@pks02/shared";
import { assertAdmin, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { decideCommuneDay } from "../integrity/decide";
import { dashboardCampaign } from "./campaign";
import { assertFormFromUs, dashboardSessionOf, sessionBinding } from "./access";
import { sendCommunePage } from "./commune-page";
import { STAFF_COMMUNE_NOT_FOUND } from "./respond";

const ZDecisionForm = z.object({
  _csrf: z.string().optional(),
  ngay: ZLocalDate,
  "quyet-dinh": z.string().max(20).optional(),
  "ghi-chu": z.string().max(2000).default(""),
});

// The refusals a person can correct on the form; any other error is the dashboard's error page.
const FORM_ERRORS: Record<string, string> = {
  VALIDATION_FAILED:
    "Chưa lưu: cần chọn “đã kiểm tra: hợp lệ” hoặc “loại khỏi kết quả” và ghi chú lý do (tối đa 1000 ký tự).",
};

/**
 * POST /dashboard/xa/:code/xem-xet (admin only, the dashboard's CSRF check): a reviewer's decision on a
 * flagged commune-day through the same use case as PUT …/decision; then back to the commune page, which
 * confirms it, or the page again with the refusal in Vietnamese and what was typed.
 */
export function decisionFormRoutes(ctx: AppContext): Router {
  const router = Router();
  router.post(
    "/dashboard/xa/:code/xem-xet",
    express.urlencoded({ extended: false, limit: "8kb", parameterLimit: 10 }),
    async (req, res) => {
      const staff = staffOf(res);
      assertFormFromUs(ctx, req, sessionBinding(dashboardSessionOf(res)));
      assertAdmin(staff);
      const code = parseInput(ZCommuneCode, req.params.code);
      if (!dashboardCampaign(res).units.find(code))
        throw new AppError("COMMUNE_NOT_FOUND", { message: STAFF_COMMUNE_NOT_FOUND });
      const form = parseInput(ZDecisionForm, req.body ?? {});
      const body = { decision: form["quyet-dinh"], note: form["ghi-chu"] };
      try {
        await decideCommuneDay(ctx, staff, dashboardCampaign(res), {
          communeCode: code,
          date: form.ngay,
          body,
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const message =
          FORM_ERRORS[error.code] ?? (error.code === "INTEGRITY_NOT_FLAGGED" ? error.message : null);
        if (message === null) throw error;
        const values = { decision: form["quyet-dinh"], note: form["ghi-chu"] };
        return sendCommunePage(ctx, res, code, { date: form.ngay, error: message, values }, error.status);
      }
      res.redirect(303, `/dashboard/xa/${code}?xem-xet=${form.ngay}#xem-xet-${form.ngay}`);
    },
  );
  return router;
}
