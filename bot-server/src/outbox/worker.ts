import type { AppContext, BackgroundService } from "../context";
import { claimNext, markFailed, markSent, type ClaimedMessage } from "./outbox-repository";
import type { GroupTransport } from "./transport";

// A claimed post is leased this long; a sender that dies mid-send lets it go again afterwards.
const LEASE_MS = 2 * 60_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 15 * 60_000;
// 30 attempts with the backoff below span about six hours: a summary later than that is no use.
export const MAX_ATTEMPTS = 30;

/** Exponential backoff after the n-th failed attempt: 5 s, 10 s, 20 s, … capped at 15 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

function send(transport: GroupTransport, message: ClaimedMessage): Promise<string> {
  const { content } = message;
  return content.kind === "text"
    ? transport.sendText(content.text, message.groupScope)
    : transport.sendImage(
        { data: content.data, type: content.type, caption: content.caption },
        message.groupScope,
      );
}

async function deliverOne(
  ctx: AppContext,
  transport: GroupTransport,
  message: ClaimedMessage,
): Promise<boolean> {
  try {
    const messageId = await send(transport, message);
    await markSent(ctx.db, message.id, ctx.now());
    ctx.logger.info(
      { key: message.idempotencyKey, messageId, transport: transport.kind },
      "group post delivered",
    );
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const giveUp = message.attempts >= MAX_ATTEMPTS;
    const retryAt = giveUp ? null : new Date(ctx.now().getTime() + retryDelayMs(message.attempts));
    await markFailed(ctx.db, message.id, reason.slice(0, 500), retryAt);
    const log = { key: message.idempotencyKey, attempts: message.attempts, retryAt, err: reason };
    if (giveUp) ctx.logger.error(log, "group post failed for good");
    else ctx.logger.warn(log, "group post failed; will retry");
    return false;
  }
}

/**
 * Deliver the posts that are due, oldest first, until none is due (or `limit`, or `stopping()` says the
 * process is shutting down: the post being sent is finished, no new one is claimed); returns the counts.
 */
export async function deliverDueMessages(
  ctx: AppContext,
  transport: GroupTransport,
  limit = 100,
  stopping: () => boolean = () => false,
): Promise<{ sent: number; failed: number }> {
  const counts = { sent: 0, failed: 0 };
  for (let i = 0; i < limit && !stopping(); i++) {
    const now = ctx.now();
    const message = await claimNext(ctx.db, now, new Date(now.getTime() + LEASE_MS));
    if (!message) break;
    if (await deliverOne(ctx, transport, message)) counts.sent += 1;
    else counts.failed += 1;
  }
  return counts;
}

/** Poll the outbox every `intervalMs` and deliver what is due; stop() waits for the round in flight. */
export function startOutboxWorker(
  ctx: AppContext,
  transport: GroupTransport,
  intervalMs = 1000,
): BackgroundService {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = deliverDueMessages(ctx, transport, 100, () => stopped)
      .catch((error: unknown) => ctx.logger.error({ err: error }, "outbox round failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
