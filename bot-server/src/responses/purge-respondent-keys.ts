import { PKS02_DEFINITION, formatDateVi, localDateOf, type RespondentKeysPurge } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { deleteRespondentKeys } from "./responses-repository";

/**
 * Once the window has closed, forget who answered: delete every de-duplication key of the survey. After
 * this nothing links an answer to a person, even with the HMAC secret; the answers and every figure made
 * from them stay as they were. Before the window closes the keys still stop second answers (409
 * WINDOW_NOT_CLOSED). Deleting again deletes nothing.
 */
export async function purgeRespondentKeys(ctx: AppContext): Promise<RespondentKeysPurge> {
  const window = ctx.config.surveyWindow;
  if (localDateOf(ctx.now()) <= window.end) {
    throw new AppError("WINDOW_NOT_CLOSED", { details: [{ lastDay: window.end }] });
  }
  const surveyId = PKS02_DEFINITION.id;
  const deleted = await deleteRespondentKeys(ctx.db, surveyId);
  ctx.logger.info({ surveyId, deleted }, "respondent keys purged");
  return { surveyId, deleted, windowEnd: formatDateVi(window.end) };
}
