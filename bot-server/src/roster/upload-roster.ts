import { parseRosterSheets, type RosterUploadResult } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { currentCampaign } from "./campaign";
import { replaceRoster, type RosterPart } from "./roster-repository";
import { readRosterWorkbook } from "./workbook";

/**
 * Check an uploaded roster workbook row by row and, only if every row is good, replace that part of the
 * roster with it. A bad row: 400 ROSTER_INVALID with one Vietnamese line per bad row, nothing stored.
 * The same file again stores the same rows and reports `changed: false`.
 */
export async function uploadRoster(
  ctx: AppContext,
  part: RosterPart,
  body: Buffer,
  uploadedBy: string,
): Promise<RosterUploadResult> {
  const sheets = await readRosterWorkbook(body);
  const scope = { window: currentCampaign(ctx).window, districtCode: part.districtCode };
  const parsed = parseRosterSheets(sheets, scope);
  if (!parsed.ok) throw new AppError("ROSTER_INVALID", { details: parsed.errors });
  const { roster } = parsed;
  const { changed } = await replaceRoster(ctx.db, part, roster, { by: uploadedBy, at: ctx.now() });
  ctx.logger.info(
    { districtCode: part.districtCode, helpers: roster.helpers.length, changed },
    "roster uploaded",
  );
  return {
    campaignId: part.campaignId,
    districtCode: part.districtCode,
    helpers: roster.helpers.length,
    supervisors: roster.supervisors.length,
    communesWithRoster: new Set(roster.helpers.map((h) => h.communeCode)).size,
    changed,
  };
}
