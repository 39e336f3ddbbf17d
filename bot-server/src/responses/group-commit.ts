import type { Logger } from "pino";
import type { Database } from "../db/database";
import { loggableError } from "../http/loggable-error";
import { storeResponse, type NewResponse, type StoreOutcome } from "./responses-repository";
import { storeBatch, type PendingResponse } from "./store-batch";

/** Stores one response and its key; resolves once they are committed (or refused). */
export type StoreResponse = (response: NewResponse, respondentKey: string) => Promise<StoreOutcome>;

export interface GroupCommitOptions {
  /** The most responses one statement stores (default 64). */
  maxBatch?: number;
  /** The most batches at the database at once; later responses queue meanwhile (default 1: one batch at a time made the largest batches and the best rate at 50 and 200 clients, and batches never wait on each other). */
  maxInFlight?: number;
  /** Told when a batch fails for another reason than a race on a key (its rows are then stored one by one). */
  logger?: Logger;
}

interface Waiting extends PendingResponse {
  settle: (outcome: Promise<StoreOutcome>) => void;
}

const respondentOf = ({ response: r, respondentKey }: PendingResponse) =>
  `${r.campaignId}\u0000${r.communeCode}\u0000${respondentKey}`;

/** The first batch of the queue; a second row with a batched row's submission id or key waits apart. */
function takeBatch(queue: Waiting[], maxBatch: number): { batch: Waiting[]; after: Waiting[] } {
  const batch: Waiting[] = [];
  const after: Waiting[] = [];
  const ids = new Set<string>();
  const respondents = new Set<string>();
  while (batch.length < maxBatch && queue.length > 0) {
    const next = queue.shift()!;
    const respondent = respondentOf(next);
    if (ids.has(next.response.submissionId) || respondents.has(respondent)) {
      after.push(next);
      continue;
    }
    ids.add(next.response.submissionId);
    respondents.add(respondent);
    batch.push(next);
  }
  return { batch, after };
}

const alone = (db: Database, row: PendingResponse) => storeResponse(db, row.response, row.respondentKey);

/**
 * Store a batch; each row gets the outcome it would get alone. Rows the batch left out (a retry, a second
 * answer) and every row of a batch that failed (one bad row, a race on a key) go through the one-row
 * statement, each on its own, so a bad row fails only its own request.
 */
async function commitBatch(db: Database, batch: Waiting[], after: Waiting[], logger?: Logger) {
  let stored: Set<string> | undefined;
  if (batch.length > 1) {
    stored = await storeBatch(db, batch).catch((error: unknown) => {
      const logged = loggableError(error);
      if ((logged.cause?.code ?? logged.code) !== "PKS01")
        logger?.warn({ error: logged, rows: batch.length }, "batch of responses failed: stored one by one");
      return undefined;
    });
  }
  const settled = batch.map(async (row) => {
    if (stored?.has(row.response.submissionId)) return row.settle(Promise.resolve("stored"));
    const outcome = alone(db, row);
    row.settle(outcome);
    await outcome.catch(() => undefined);
  });
  await Promise.all(settled);
  // Rows with the same submission id or key as a batched one, after it committed: they meet it as a retry
  // or a second answer, as they would have one after the other.
  await Promise.all(
    after.map(async (row) => {
      const outcome = alone(db, row);
      row.settle(outcome);
      await outcome.catch(() => undefined);
    }),
  );
}

/**
 * Group commit: the responses that arrive while the database is busy go to it together, as one
 * multi-row statement (one commit) instead of one statement each. A lone response goes at the next turn of
 * the event loop, as the one-row statement; each request is answered only after its row is committed.
 */
export function groupCommit(db: Database, options: GroupCommitOptions = {}): StoreResponse {
  const maxBatch = options.maxBatch ?? 64;
  const maxInFlight = options.maxInFlight ?? 1;
  const queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight) {
      const { batch, after } = takeBatch(queue, maxBatch);
      inFlight += 1;
      void commitBatch(db, batch, after, options.logger).finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  };
  const schedule = () => {
    if (scheduled || queue.length === 0 || inFlight >= maxInFlight) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (response, respondentKey) =>
    new Promise<StoreOutcome>((resolve, reject) => {
      queue.push({ response, respondentKey, settle: (outcome) => outcome.then(resolve, reject) });
      schedule();
    });
}
