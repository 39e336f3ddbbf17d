import type { ResponseInput } from "@pks02/shared";

/** What the client holds once the server acknowledged a submission. */
export interface Acknowledgement {
  submissionId: string;
  receivedAt: string;
  /** Every answer for this submission: 201 first, 200 for a resend. */
  statuses: number[];
}

export interface RetryingClientOptions {
  baseUrl: () => string;
  /** Give up on one submission after this long (the test fails rather than hangs). */
  giveUpAfterMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(baseUrl: string, body: ResponseInput, deviceId: string) {
  const res = await fetch(`${baseUrl}/api/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-device-id": deviceId },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, receipt: (await res.json().catch(() => undefined)) as unknown };
}

/**
 * Send a submission as the Mini App's outbox does: again and again (connection refused, reset, 5xx)
 * until the server acknowledges it with 201 or 200. Throws on any other answer or after the time limit.
 */
export async function sendUntilAcknowledged(
  options: RetryingClientOptions,
  body: ResponseInput,
  deviceId: string,
): Promise<{ status: number; receivedAt: string; failedAttempts: number }> {
  const deadline = Date.now() + options.giveUpAfterMs;
  for (let attempt = 0; ; attempt++) {
    const answer = await post(options.baseUrl(), body, deviceId).catch(() => ({
      status: 0,
      receipt: undefined,
    }));
    if (answer.status === 200 || answer.status === 201) {
      const receipt = answer.receipt as { id: string; receivedAt: string };
      if (receipt.id !== body.submissionId) throw new Error(`receipt for another submission: ${receipt.id}`);
      return { status: answer.status, receivedAt: receipt.receivedAt, failedAttempts: attempt };
    }
    if (answer.status !== 0 && answer.status < 500)
      throw new Error(
        `submission ${body.submissionId} refused: ${answer.status} ${JSON.stringify(answer.receipt)}`,
      );
    if (Date.now() > deadline) throw new Error(`submission ${body.submissionId} never acknowledged`);
    await pause(Math.min(1000, 50 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
}
