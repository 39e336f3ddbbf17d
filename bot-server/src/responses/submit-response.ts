import { ZResponseInput, surveyDayOf, validateAnswers, type ResponseReceipt } from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { resolveRespondent, type IdentityHeaders } from "../respondents/resolve-respondent";
import type { ZaloGraphClient } from "../respondents/zalo-graph";
import { contentHash } from "./content-hash";
import { campaignOf } from "../campaigns/resolve";
import {
  findRespondentSubmission,
  findSubmission,
  insertResponse,
  type StoredSubmission,
} from "./responses-repository";

export interface SubmitResult {
  receipt: ResponseReceipt;
  /** True when this request stored the response (201); false for a retry of a stored one (200). */
  created: boolean;
}

const receiptOf = (stored: StoredSubmission): ResponseReceipt => ({
  id: stored.submissionId,
  status: "accepted",
  receivedAt: stored.receivedAt.toISOString(),
});

/** The same submission id again: the original receipt if the content is the same, else 409. */
function retryOf(stored: StoredSubmission, hash: string): SubmitResult {
  if (stored.contentHash !== hash) throw new AppError("SUBMISSION_CONFLICT");
  return { receipt: receiptOf(stored), created: false };
}

// When the resident opened the form: a moment of this century, which both JavaScript and PostgreSQL hold
// (an ISO string may say year 0000 or 9999 with a +14:00 offset; PostgreSQL refuses some of those).
const EARLIEST_START = Date.parse("2000-01-01T00:00:00Z");
const LATEST_START = Date.parse("2100-01-01T00:00:00Z");

function startedAtOf(startedAt: string | undefined): Date | null {
  if (startedAt === undefined) return null;
  const moment = Date.parse(startedAt);
  if (!(moment >= EARLIEST_START && moment < LATEST_START)) {
    throw new AppError("VALIDATION_FAILED", {
      details: [{ path: "startedAt", message: "Thời điểm bắt đầu phải trong khoảng năm 2000–2099." }],
    });
  }
  return new Date(moment);
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
 * Accept one resident's form for a campaign (`campaignId`, default: the default campaign). Checks, in this
 * order, each refusal changing nothing:
 * 1. shape (400 VALIDATION_FAILED), campaign (404 CAMPAIGN_NOT_FOUND), commune of that campaign (404
 *    COMMUNE_NOT_FOUND), version of its form (409 SURVEY_VERSION_MISMATCH),
 *    answers (400 VALIDATION_FAILED, per question) — cheap and pure;
 * 2. a stored submission with this id: same content → 200 with the original receipt, even after the
 *    window closed or once a Zalo token expired; other content → 409 SUBMISSION_CONFLICT;
 * 3. the window, judged by the Asia/Ho_Chi_Minh date of receipt (403 SURVEY_CLOSED);
 * 4. the respondent (400 RESPONDENT_UNKNOWN, 401 ZALO_TOKEN_INVALID, 503 ZALO_UNAVAILABLE) — a network call;
 * 5. INSERT … ON CONFLICT DO NOTHING; on a conflict the row that won decides: the same submission
 *    (a concurrent retry) → 200 or 409 SUBMISSION_CONFLICT, else the respondent's → 409 ALREADY_ANSWERED.
 */
export async function submitResponse(
  ctx: AppContext,
  body: unknown,
  identity: IdentityHeaders,
  graph?: ZaloGraphClient,
): Promise<SubmitResult> {
  const { input, campaign, communeCode, answers, hash, startedAt } = checkContent(ctx, body);
  const previous = await findSubmission(ctx.db, input.submissionId);
  if (previous) return retryOf(previous, hash);
  const receivedAt = ctx.now();
  const surveyDay = surveyDayOf(campaign.window, receivedAt);
  if (!surveyDay) throw new AppError("SURVEY_CLOSED", { details: [{ window: campaign.window }] });
  const respondent = await resolveRespondent(ctx, identity, graph);
  const surveyId = campaign.form.id;
  const campaignId = campaign.id;
  const stored = await insertResponse(ctx.db, {
    submissionId: input.submissionId,
    campaignId,
    surveyId,
    surveyVersion: input.surveyVersion,
    communeCode,
    respondentKey: respondent.key,
    identityKind: respondent.kind,
    answers,
    contentHash: hash,
    startedAt,
    receivedAt,
    surveyDay,
  });
  if (stored) {
    ctx.logger.info(
      { submissionId: input.submissionId, communeCode, surveyDay, identity: respondent.kind },
      "response stored",
    );
    return {
      receipt: receiptOf({ submissionId: input.submissionId, contentHash: hash, receivedAt }),
      created: true,
    };
  }
  const winner = await findSubmission(ctx.db, input.submissionId);
  if (winner) return retryOf(winner, hash);
  if (await findRespondentSubmission(ctx.db, { campaignId, communeCode, respondentKey: respondent.key })) {
    throw new AppError("ALREADY_ANSWERED");
  }
  throw new Error(`response ${input.submissionId} was refused by the database without a conflicting row`);
}
