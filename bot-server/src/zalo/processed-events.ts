import { eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { zaloEvents } from "./schema";

/** Take an event for handling; false when it was taken before (Zalo redelivered it). */
export async function claimEvent(
  db: Database,
  eventKey: string,
  eventName: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .insert(zaloEvents)
    .values({ eventKey, eventName, receivedAt: at })
    .onConflictDoNothing()
    .returning({ eventKey: zaloEvents.eventKey });
  return rows.length === 1;
}

export async function markEventProcessed(db: Database, eventKey: string, at: Date): Promise<void> {
  await db.update(zaloEvents).set({ processedAt: at }).where(eq(zaloEvents.eventKey, eventKey));
}

/** Give an event back after a failure, so Zalo's next delivery of it is handled. */
export async function releaseEvent(db: Database, eventKey: string): Promise<void> {
  await db.delete(zaloEvents).where(eq(zaloEvents.eventKey, eventKey));
}
