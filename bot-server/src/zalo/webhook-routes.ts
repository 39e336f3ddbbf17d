import { Router, type Request } from "express";
import type { ZaloGroupConfig } from "../config";
import type { AppContext } from "../context";
import { handleGroupEvent } from "../group-bot/handle-event";
import { AppError } from "../http/errors";
import { claimEvent, markEventProcessed, releaseEvent } from "./processed-events";
import { isValidZaloSignature } from "./signature";
import { isStaleEvent, readWebhookEvent, timestampOf } from "./webhook-events";

type ZaloMode = Extract<ZaloGroupConfig, { mode: "zalo" }>;

/** Handle one verified webhook body once: claimed by its msg_id, given back if handling fails. */
export async function processWebhookBody(
  ctx: AppContext,
  groups: ReadonlyMap<string, string>,
  body: unknown,
): Promise<void> {
  if (isStaleEvent(body, ctx.now())) {
    ctx.logger.info({ reason: "stale" }, "Zalo webhook event older than 24 hours ignored");
    return;
  }
  const verdict = readWebhookEvent(body, groups);
  if (verdict.action === "ignore") {
    ctx.logger.debug({ reason: verdict.reason }, "Zalo webhook event ignored");
    return;
  }
  const { event, eventName } = verdict;
  if (!(await claimEvent(ctx.db, event.eventKey, eventName, ctx.now()))) {
    ctx.logger.info({ eventKey: event.eventKey }, "Zalo webhook event already handled (redelivery)");
    return;
  }
  try {
    await handleGroupEvent(ctx, event);
    await markEventProcessed(ctx.db, event.eventKey, ctx.now());
  } catch (error) {
    await releaseEvent(ctx.db, event.eventKey).catch(() => undefined);
    throw error;
  }
}

/**
 * POST /webhooks/zalo: verify X-ZEvent-Signature over the raw body (401 and nothing else otherwise),
 * answer 200 at once, then handle the event in the background.
 */
export function zaloWebhookRoutes(ctx: AppContext, zalo: ZaloMode): Router {
  const router = Router();
  // Group id → scope: the province group, and each district's own group.
  const groups = new Map([[zalo.groupId, "province"]]);
  for (const [districtCode, groupId] of ctx.config.districtGroups) groups.set(groupId, districtCode);
  router.post("/webhooks/zalo", (req: Request, res) => {
    const rawBody = (req as Request & { rawBody?: Buffer }).rawBody;
    const signature = req.get("x-zevent-signature");
    if (!isValidZaloSignature(signature, rawBody, timestampOf(req.body), zalo))
      throw new AppError("BAD_SIGNATURE");
    res.status(200).json({ ok: true });
    processWebhookBody(ctx, groups, req.body).catch((error: unknown) =>
      ctx.logger.error({ err: error }, "Zalo webhook event failed; Zalo's redelivery will retry it"),
    );
  });
  return router;
}
