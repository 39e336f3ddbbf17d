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

/**
 * The submission that stands for this commune's answer from this device: one sent, one waiting to be sent, or
 * one refused because this person had already answered. The server takes one answer per person and commune,
 * so a second survey from the same Zalo account or device would only be refused after all the questions.
 */
export function answerForCommune(
  entries: readonly OutboxEntry[],
  communeCode: string,
): OutboxEntry | undefined {
  return [...entries]
    .reverse()
    .find(
      (e) =>
        e.submission.communeCode === communeCode &&
        (e.status !== "rejected" || e.rejection?.code === "ALREADY_ANSWERED"),
    );
}
