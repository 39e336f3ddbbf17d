import { desc, eq, sql } from "drizzle-orm";
import { queryRows, type Database } from "../db/database";
import type { ImageType } from "./transport";
import { groupOutbox } from "./schema";

export type OutboxContent =
  { kind: "text"; text: string } | { kind: "image"; data: Buffer; type: ImageType; caption?: string };

export interface ClaimedMessage {
  id: number;
  /** The group it goes to ("province" or a district code). */
  groupScope: string;
  idempotencyKey: string;
  attempts: number;
  content: OutboxContent;
}

/**
 * Queue posts of one batch, in order; keys are `<batch>:part-<n>`. A key already queued is left alone, so
 * enqueueing the same batch again (a retried reply, a second scheduler) adds nothing.
 */
export async function enqueue(
  db: Database,
  batch: string,
  contents: OutboxContent[],
  at: Date,
  groupScope = "province",
): Promise<string[]> {
  const rows = contents.map((content, i) => ({
    idempotencyKey: `${batch}:part-${i + 1}`,
    batch,
    kind: content.kind,
    text: content.kind === "text" ? content.text : (content.caption ?? null),
    imageData: content.kind === "image" ? content.data : null,
    imageType: content.kind === "image" ? content.type : null,
    nextAttemptAt: at,
    createdAt: at,
    groupScope,
  }));
  if (rows.length > 0)
    await db.insert(groupOutbox).values(rows).onConflictDoNothing({ target: groupOutbox.idempotencyKey });
  return rows.map((r) => r.idempotencyKey);
}

interface ClaimRow {
  id: string | number;
  idempotency_key: string;
  attempts: number;
  kind: "text" | "image";
  text: string | null;
  image_data: Buffer | Uint8Array | null;
  image_type: ImageType | null;
  group_scope: string;
}

/**
 * Take the oldest due post whose batch has no earlier post still pending (posts of a batch go out in
 * order), and lease it until `leaseUntil` by pushing its next attempt forward. SKIP LOCKED: two workers
 * never take the same row; a worker that dies leaves the row to come back when the lease ends.
 */
export async function claimNext(
  db: Database,
  now: Date,
  leaseUntil: Date,
): Promise<ClaimedMessage | undefined> {
  const [row] = await queryRows<ClaimRow>(
    db,
    sql`UPDATE group_outbox SET attempts = attempts + 1, next_attempt_at = ${leaseUntil.toISOString()}
        WHERE id = (
          SELECT o.id FROM group_outbox o
          WHERE o.status = 'pending' AND o.next_attempt_at <= ${now.toISOString()}
            AND NOT EXISTS (
              SELECT 1 FROM group_outbox e WHERE e.batch = o.batch AND e.id < o.id AND e.status = 'pending')
          ORDER BY o.id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, idempotency_key, attempts, kind, text, image_data, image_type, group_scope`,
  );
  if (!row) return undefined;
  const content: OutboxContent =
    row.kind === "text"
      ? { kind: "text", text: row.text ?? "" }
      : {
          kind: "image",
          data: Buffer.from(row.image_data ?? []),
          type: row.image_type ?? "image/png",
          caption: row.text ?? undefined,
        };
  return {
    id: Number(row.id),
    idempotencyKey: row.idempotency_key,
    attempts: row.attempts,
    content,
    groupScope: row.group_scope,
  };
}

export async function markSent(db: Database, id: number, at: Date): Promise<void> {
  await db
    .update(groupOutbox)
    .set({ status: "sent", sentAt: at, lastError: null })
    .where(eq(groupOutbox.id, id));
}

/** Record a failed attempt: try again at `retryAt`, or give up (status failed) when it is null. */
export async function markFailed(
  db: Database,
  id: number,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(groupOutbox)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: "failed" })
    .where(eq(groupOutbox.id, id));
}

/** The latest posts, newest first (without image bytes). */
export async function recentOutbox(db: Database, limit: number) {
  return db
    .select({
      idempotencyKey: groupOutbox.idempotencyKey,
      kind: groupOutbox.kind,
      text: groupOutbox.text,
      status: groupOutbox.status,
      attempts: groupOutbox.attempts,
      lastError: groupOutbox.lastError,
      createdAt: groupOutbox.createdAt,
      sentAt: groupOutbox.sentAt,
    })
    .from(groupOutbox)
    .orderBy(desc(groupOutbox.id))
    .limit(limit);
}
