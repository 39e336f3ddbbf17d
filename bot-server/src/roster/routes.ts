import { Router, type RequestHandler, type Response } from "express";
import { z } from "zod";
import {
  COMMUNES,
  ZCommuneCode,
  ZDistrictCode,
  rosterAnnouncementText,
  rosterRows,
  templateHelperRows,
  type RosterAnnouncement,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import { spreadsheetBody, XLSX_TYPE } from "../http/uploads";
import { reporterOf, requireStaff, staffOf } from "../auth/require-staff";
import { currentCampaign, rosterPartFor } from "./campaign";
import { writeNoticesPdf } from "./notice-pdf";
import { unitNotices } from "./notices";
import { loadRoster } from "./roster-repository";
import { unitsWithoutRoster } from "./units-without-roster";
import { uploadRoster } from "./upload-roster";
import { writeRosterWorkbook } from "./workbook";

const ZScopeQuery = z.object({ district: z.optional(ZDistrictCode) }).strict();
const ZNoticeQuery = z
  .object({ district: z.optional(ZDistrictCode), commune: z.optional(ZCommuneCode) })
  .strict();
const ZAnnouncementQuery = z.object({ commune: ZCommuneCode }).strict();

function sendFile(res: Response, type: string, name: string): Response {
  return res.set({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
  });
}

/**
 * Staff only, scoped like every staff route (a district token: its own communes): the roster template,
 * the current roster as XLSX, the upload (PUT, XLSX body), the units with no roster, and each unit's notice
 * (PDF, one A4 page a unit) and loudspeaker text.
 */
export function rosterRoutes(ctx: AppContext): Router {
  const router = Router();
  const staffOnly = requireStaff(ctx.config);
  const partOf = (res: Response, query: unknown) =>
    rosterPartFor(ctx, staffOf(res), parseInput(ZScopeQuery, query).district);

  router.get("/api/roster/template.xlsx", staffOnly, async (req, res) => {
    const part = partOf(res, req.query);
    const units = COMMUNES.filter((c) => part.districtCode === null || c.districtCode === part.districtCode);
    sendFile(res, XLSX_TYPE, `lich-ho-tro-mau${part.districtCode ? `-${part.districtCode}` : ""}.xlsx`);
    await writeRosterWorkbook(res, {
      helpers: templateHelperRows(units, currentCampaign(ctx).window),
      supervisors: [],
    });
  });
  router.get("/api/roster.xlsx", staffOnly, async (req, res) => {
    const part = partOf(res, req.query);
    const rows = rosterRows(await loadRoster(ctx.db, part));
    sendFile(res, XLSX_TYPE, `lich-ho-tro${part.districtCode ? `-${part.districtCode}` : ""}.xlsx`);
    await writeRosterWorkbook(res, rows);
  });
  // The scope is checked before the upload is read: another district's part is refused without reading it.
  const scopeFirst: RequestHandler = (req, res, next) => {
    partOf(res, req.query);
    next();
  };
  router.put("/api/roster", staffOnly, scopeFirst, ...spreadsheetBody(), async (req, res) => {
    const part = partOf(res, req.query);
    res.json(await uploadRoster(ctx, part, req.body as Buffer, reporterOf(staffOf(res))));
  });
  router.get("/api/roster/missing", staffOnly, async (req, res) => {
    const part = partOf(res, req.query);
    res.set("Cache-Control", "no-store").json(await unitsWithoutRoster(ctx, part.districtCode));
  });
  router.get("/api/roster/notice.pdf", staffOnly, async (req, res) => {
    const query = parseInput(ZNoticeQuery, req.query);
    const part = rosterPartFor(ctx, staffOf(res), query.district);
    const notices = await unitNotices(ctx, part, query.commune);
    sendFile(res, "application/pdf", `thong-bao-lich-ho-tro.pdf`);
    await writeNoticesPdf(res, notices);
  });
  router.get("/api/roster/announcement", staffOnly, async (req, res) => {
    const { commune } = parseInput(ZAnnouncementQuery, req.query);
    const part = rosterPartFor(ctx, staffOf(res), undefined);
    const [notice] = await unitNotices(ctx, part, commune);
    const reply: RosterAnnouncement = { communeCode: commune, text: rosterAnnouncementText(notice!) };
    res.set("Cache-Control", "no-store").json(reply);
  });
  return router;
}
