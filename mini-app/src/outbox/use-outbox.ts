import { useSyncExternalStore } from "react";
import type { Outbox, OutboxEntry } from "./outbox";

/** The outbox's entries, re-rendering when any changes. */
export function useOutboxEntries(outbox: Outbox): readonly OutboxEntry[] {
  return useSyncExternalStore(outbox.subscribe, outbox.list);
}

/** The newest submission for this commune, if any. */
export function latestForCommune(
  entries: readonly OutboxEntry[],
  communeCode: string,
): OutboxEntry | undefined {
  return [...entries].reverse().find((e) => e.submission.communeCode === communeCode);
}
