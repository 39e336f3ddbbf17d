import { Router } from "express";
import { z } from "zod";
import ExcelJS from "exceljs";
import { QCDC_COLUMNS, ZDistrictCode, ZLocalDate, daysSoFar, isSurveyDay } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { XLSX_TYPE } from "../http/uploads";
import { assertDistrictAccess, requireStaff, staffOf } from "../auth/require-staff";
import { ZCampaignParam, campaignOf } from "../campaigns/resolve";
import { qcdcRows } from "./qcdc-report";

const ZQcdcQuery = z
  .object({ date: z.optional(ZLocalDate), district: z.optional(ZDistrictCode), ...ZCampaignParam })
  .strict();
const WIDTHS = [28, 70, 14, 22, 20];

/**
 * Staff only: GET /api/reports/qcdc.xlsx?date=YYYY-MM-DD&district=213&campaign=<id> — every commune's row of
 * the QCDC form for a day (no date: each survey day so far) of a campaign (default: the default one), in the
 * form's five columns, so a district can check what its communes typed in. A district token gets its own
 * district only.
 */
export function qcdcRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/api/reports/qcdc.xlsx", requireStaff(ctx.config), async (req, res) => {
    const staff = staffOf(res);
    const query = parseInput(ZQcdcQuery, req.query);
    const campaign = campaignOf(ctx, query.campaign);
    if (query.district !== undefined && !campaign.units.findParent(query.district))
      throw new AppError("DISTRICT_NOT_FOUND");
    if (query.district !== undefined) assertDistrictAccess(staff, query.district);
    const window = campaign.window;
    if (query.date !== undefined && !isSurveyDay(window, query.date))
      throw new AppError("DATE_OUTSIDE_WINDOW");
    const days = query.date ? [query.date] : daysSoFar(window, ctx.now());
    const districtCode = staff.kind === "district" ? staff.districtCode : (query.district ?? null);
    const rows = await qcdcRows(ctx, campaign, { days, districtCode });
    res.set({
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="qcdc-${query.date ?? "ca-dot"}.xlsx"`,
      "Cache-Control": "no-store",
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
    const sheet = workbook.addWorksheet("QCDC", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = QCDC_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows)
      sheet.addRow([row.communeName, row.helpers, row.reportDate, row.visits, row.responses]).commit();
    sheet.commit();
    await workbook.commit();
  });
  return router;
}
