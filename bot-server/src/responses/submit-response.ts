import {
  ZResponseInput,
  localTimeOf,
  surveyDayOf,
  validateAnswers,
  type ResponseReceipt,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { resolveRespondent, type IdentityHeaders } from "../respondents/resolve-respondent";
import type { ZaloGraphClient } from "../respondents/zalo-graph";
import { contentHash } from "./content-hash";
import { campaignOf } from "../campaigns/resolve";
import { completionSecondsOf, fiveMinuteSpanOf, startedAtOf } from "./coarse-times";
import { findSubmission, type StoredSubmission } from "./responses-repository";
import type { StoreResponse } from "./group-commit";

export interface SubmitResult {
  receipt: ResponseReceipt;
  /** True when this request stored the response (201); false for a retry of a stored one (200). */
  created: boolean;
}

/**
 * The receipt says when the response was received to the hour, from what is stored: the first answer
 * and every retry get the same receipt, and no finer time exists to be kept.
 */
const receiptOf = (stored: StoredSubmission): ResponseReceipt => ({
  id: stored.submissionId,
  status: "accepted",
  receivedAt: `${stored.surveyDay}T${String(stored.receivedHour).padStart(2, "0")}:00:00+07:00`,
});

/** The same submission id again: the original receipt if the content is the same, else 409. */
function retryOf(stored: StoredSubmission, hash: string): SubmitResult {
  if (stored.contentHash !== hash) throw new AppError("SUBMISSION_CONFLICT");
  return { receipt: receiptOf(stored), created: false };
}

/** Parse and check what the form says against its campaign's form and units, before anything else (no I/O). */
function checkContent(ctx: AppContext, body: unknown) {
  const input = parseInput(ZResponseInput, body, "VALIDATION_FAILED");
  const startedAt = startedAtOf(input.startedAt);
  const campaign = campaignOf(ctx, input.campaignId);
  const commune = campaign.units.find(input.communeCode);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND");
  const { form } = campaign;
  if (input.surveyVersion !== form.version) {
    throw new AppError("SURVEY_VERSION_MISMATCH", { details: [{ currentVersion: form.version }] });
  }
  const validation = validateAnswers(form, input.answers);
  if (!validation.ok) throw new AppError("VALIDATION_FAILED", { details: validation.errors });
  const answers = validation.answers;
  const isDefault = campaign.id === ctx.config.campaigns.defaultCampaign.id;
  const hash = contentHash({
    campaignId: isDefault ? undefined : campaign.id,
    communeCode: commune.code,
    surveyVersion: input.surveyVersion,
    answers,
  });
  return { input, campaign, communeCode: commune.code, answers, hash, startedAt };
}

/**
 * The stored submission with this id answers a request that was about to be refused (window closed,
 * identity failed): a retry still gets its receipt. Only refusals pay for this look-up.
 */
async function refuseUnlessRetry(ctx: AppContext, submissionId: string, hash: string, refusal: unknown) {
  const previous = await findSubmission(ctx.db, submissionId);
  if (previous) return retryOf(previous, hash);
  throw refusal;
}

/**
 * Accept one resident's form for a campaign (`campaignId`, default: the default campaign). Checks, in this
 * order, each refusal changing nothing:
 * 1. shape (400 VALIDATION_FAILED), campaign (404 CAMPAIGN_NOT_FOUND), commune of that campaign (404
 *    COMMUNE_NOT_FOUND), version of its form (409 SURVEY_VERSION_MISMATCH),
 *    answers (400 VALIDATION_FAILED, per question) — cheap and pure;
 * 2. a stored submission with this id: same content → 200 with the original receipt, even after the
 *    window closed or once a Zalo token expired; other content → 409 SUBMISSION_CONFLICT;
 * 3. the window, judged by the Asia/Ho_Chi_Minh date of receipt (403 SURVEY_CLOSED);
 * 4. the respondent (400 RESPONDENT_UNKNOWN, 401 DEVICE_ID_REFUSED / ZALO_TOKEN_INVALID, 503 ZALO_UNAVAILABLE)
 *    — a network call;
 * 5. one statement stores the answers and, apart, the respondent's key: a submission id already taken
 *    (a retry) → 200 or 409 SUBMISSION_CONFLICT; a key already there → 409 ALREADY_ANSWERED.
 * A new submission — nearly every request — costs one round trip: step 2 is asked only when 3 or 4 would
 * refuse or the insert finds a conflict, which gives the same answers as asking it first. `store` may put
 * concurrent submissions in one statement (group-commit.ts); each outcome is the one it would get alone.
 */
export async function submitResponse(
  ctx: AppContext,
  store: StoreResponse,
  body: unknown,
  identity: IdentityHeaders,
  graph?: ZaloGraphClient,
): Promise<SubmitResult> {
  const { input, campaign, communeCode, answers, hash, startedAt } = checkContent(ctx, body);
  const receivedAt = ctx.now();
  const surveyDay = surveyDayOf(campaign.window, receivedAt);
  if (!surveyDay) {
    const closed = new AppError("SURVEY_CLOSED", { details: [{ window: campaign.window }] });
    return refuseUnlessRetry(ctx, input.submissionId, hash, closed);
  }
  const respondent = await resolveRespondent(ctx, identity, graph).catch((refusal: unknown) =>
    refuseUnlessRetry(ctx, input.submissionId, hash, refusal),
  );
  if (!("key" in respondent)) return respondent;
  const stored: StoredSubmission = {
    submissionId: input.submissionId,
    contentHash: hash,
    surveyDay,
    receivedHour: Number(localTimeOf(receivedAt).slice(0, 2)),
  };
  const outcome = await store(
    {
      ...stored,
      campaignId: campaign.id,
      surveyId: campaign.form.id,
      surveyVersion: input.surveyVersion,
      communeCode,
      identityKind: respondent.kind,
      answers,
      completionSeconds: completionSecondsOf(startedAt, receivedAt),
      receivedSpan: fiveMinuteSpanOf(receivedAt),
    },
    respondent.key,
  );
  if (outcome === "already-answered") throw new AppError("ALREADY_ANSWERED");
  if (outcome === "stored") {
    // No submission id here: a log line has a precise time, and the id is also in the response row.
    ctx.logger.info(
      { campaignId: campaign.id, communeCode, surveyDay, identity: respondent.kind },
      "response stored",
    );
    return { receipt: receiptOf(stored), created: true };
  }
  const winner = await findSubmission(ctx.db, input.submissionId);
  if (winner) return retryOf(winner, hash);
  throw new Error("a response was refused by the database without a conflicting row");
}
