import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { ZCommuneCode } from "@pks02/shared";
import type { AppContext } from "../../context";
import { AppError, parseInput } from "../../http/errors";
import { assertDistrictAccess, requireStaff, staffOf } from "../../auth/require-staff";
import { computeResults, resultsScope } from "../compute-results";
import { resultsScopeFor } from "../access";
import { parseResultsQuery, resultsRequest } from "../routes";
import { writeProvinceReportPdf } from "../pdf/province-report";
import { writeReportCardPdf } from "../pdf/report-card";
import { writeResponsesCsv } from "./csv";
import { writeResultsXlsx } from "./xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function download(res: Response, type: string, filename: string): Response {
  return res.status(200).set({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
  });
}

type ExportHandler = (req: Request, res: Response) => Promise<void>;

/**
 * The results downloads, for staff already known (res.locals.staff: a bearer token or a dashboard session),
 * with the same query as GET /api/reports/results: results.xlsx (summary sheets + every response),
 * results.csv (every response), results.pdf (the province report) and a commune's report card (`:code`).
 * All stream: the per-response rows come from a database cursor.
 */
export function resultsExportHandlers(
  ctx: AppContext,
): Record<"xlsx" | "csv" | "pdf" | "reportCard", ExportHandler> {
  return {
    async xlsx(req, res) {
      const { campaign, options } = resultsRequest(ctx, staffOf(res), req.query);
      const report = await computeResults(ctx, campaign, options);
      await writeResultsXlsx(
        ctx.db,
        resultsScope(campaign, options.districtCode),
        report,
        download(res, XLSX_TYPE, "results.xlsx"),
      );
    },
    async csv(req, res) {
      const { campaign, options } = resultsRequest(ctx, staffOf(res), req.query);
      await writeResponsesCsv(
        ctx.db,
        resultsScope(campaign, options.districtCode),
        download(res, "text/csv; charset=utf-8", "results.csv"),
      );
      res.end();
    },
    async pdf(req, res) {
      const { campaign, options } = resultsRequest(ctx, staffOf(res), req.query);
      const report = await computeResults(ctx, campaign, options);
      await writeProvinceReportPdf(report, campaign, download(res, "application/pdf", "results.pdf"));
    },
    async reportCard(req, res) {
      const { code } = parseInput(z.object({ code: ZCommuneCode }), req.params);
      const { campaign, figures } = parseResultsQuery(ctx, req.query);
      const commune = campaign.units.find(code);
      if (!commune)
        throw new AppError("COMMUNE_NOT_FOUND", { message: "Không có xã/phường/thị trấn với mã này." });
      assertDistrictAccess(staffOf(res), commune.districtCode);
      resultsScopeFor(ctx, staffOf(res), campaign); // a district's staff: only once the window has closed
      const report = await computeResults(ctx, campaign, { ...figures, districtCode: commune.districtCode });
      await writeReportCardPdf(
        report,
        campaign,
        code,
        download(res, "application/pdf", `report-${code}.pdf`),
      );
    },
  };
}

/** Staff only (bearer token): the results downloads under /api/reports. */
export function resultsExportRoutes(ctx: AppContext): Router {
  const router = Router();
  const staff = requireStaff(ctx.config);
  const handlers = resultsExportHandlers(ctx);
  router.get("/api/reports/results.xlsx", staff, handlers.xlsx);
  router.get("/api/reports/results.csv", staff, handlers.csv);
  router.get("/api/reports/results.pdf", staff, handlers.pdf);
  router.get("/api/reports/communes/:code/report.pdf", staff, handlers.reportCard);
  return router;
}
