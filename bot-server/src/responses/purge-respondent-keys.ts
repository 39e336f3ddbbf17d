import { formatDateVi, localDateOf, type Campaign, type RespondentKeysPurge } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { foldClosedBurstDays } from "../integrity/fold-bursts";
import { deleteRespondentKeys } from "./responses-repository";

/**
 * Once a campaign's window has closed, forget who answered: delete every de-duplication key of it. After
 * this nothing links an answer to a person, even with the HMAC secret; the answers and every figure made
 * from them stay as they were. Before the window closes the keys still stop second answers (409
 * WINDOW_NOT_CLOSED). Deleting again deletes nothing. The burst counters' 5-minute spans of the closed days
 * go too (folded into each commune-day's peak), should no scheduled tick have folded them yet.
 */
export async function purgeRespondentKeys(ctx: AppContext, campaign: Campaign): Promise<RespondentKeysPurge> {
  const { window } = campaign;
  if (localDateOf(ctx.now()) <= window.end) {
    throw new AppError("WINDOW_NOT_CLOSED", { details: [{ lastDay: window.end }] });
  }
  const deleted = await deleteRespondentKeys(ctx.db, campaign.id);
  const folded = await foldClosedBurstDays(ctx);
  ctx.logger.info({ campaignId: campaign.id, deleted, foldedSpans: folded.spans }, "respondent keys purged");
  return {
    campaignId: campaign.id,
    surveyId: campaign.form.id,
    deleted,
    windowEnd: formatDateVi(window.end),
  };
}
