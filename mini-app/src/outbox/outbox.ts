import type { ResponseInput, ResponseReceipt } from "@pks02/shared";
import { ApiRefusal } from "../services/api";
import type { DeviceStorage } from "../services/zalo";

/** Where a submission stands: kept on the device until the server has it. */
export type OutboxStatus = "pending" | "sent" | "rejected";

export interface OutboxEntry {
  submission: ResponseInput;
  status: OutboxStatus;
  attempts: number;
  queuedAt: string;
  /** Set while a retry is scheduled after a failure (network, 5xx, 429). */
  nextAttemptAt?: string;
  receipt?: ResponseReceipt;
  rejection?: { status: number; code: string; message: string; details: unknown[] };
}

export interface OutboxDeps {
  storage: DeviceStorage;
  /** Sends one submission; throws ApiRefusal when the server refuses, anything else counts as a network failure. */
  send: (submission: ResponseInput) => Promise<ResponseReceipt>;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => () => void;
  random?: () => number;
}

export const OUTBOX_KEY = "pks02.outbox";
const KEEP_ENTRIES = 20;
const FIRST_DELAY_MS = 2000;
const MAX_DELAY_MS = 60_000;
// A stale Zalo token is refused with 401; reopening the app gets a fresh one, so try again at next start.
const RETRY_AT_NEXT_START = new Set(["ZALO_TOKEN_INVALID"]);

/** Exponential backoff with jitter: ~2 s, 4 s, 8 s … capped at 60 s. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

function readEntries(storage: DeviceStorage): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(OUTBOX_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/**
 * The device's queue of submissions. A submission is written to storage before it is sent; failures that
 * are not the submission's fault are retried with backoff (same submissionId, so the server stores it once)
 * while the app is open and again at the next start; refusals (4xx) are kept and shown, not retried.
 */
export class Outbox {
  private entries: OutboxEntry[];
  private readonly inFlight = new Set<string>();
  private readonly timers = new Map<string, () => void>();
  private readonly listeners = new Set<() => void>();
  private readonly now: () => Date;
  private readonly setTimer: (run: () => void, ms: number) => () => void;
  private readonly random: () => number;

  constructor(private readonly deps: OutboxDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.setTimer =
      deps.setTimer ??
      ((run, ms) => {
        const id = setTimeout(run, ms);
        return () => clearTimeout(id);
      });
    this.entries = readEntries(deps.storage).map((entry) =>
      entry.status === "rejected" && entry.rejection && RETRY_AT_NEXT_START.has(entry.rejection.code)
        ? { ...entry, status: "pending", rejection: undefined }
        : { ...entry, nextAttemptAt: undefined },
    );
  }

  /** Every entry, newest last; the array changes identity on every change (for useSyncExternalStore). */
  list = (): readonly OutboxEntry[] => this.entries;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  find(submissionId: string): OutboxEntry | undefined {
    return this.entries.find((e) => e.submission.submissionId === submissionId);
  }

  isSending(submissionId: string): boolean {
    return this.inFlight.has(submissionId);
  }

  /** Store the submission on the device, then try to send it. Returns once it is stored. */
  enqueue(submission: ResponseInput): void {
    if (this.find(submission.submissionId)) return;
    const entry: OutboxEntry = {
      submission,
      status: "pending",
      attempts: 0,
      queuedAt: this.now().toISOString(),
    };
    this.entries = [...this.entries, entry].slice(-KEEP_ENTRIES);
    this.persist();
    void this.attempt(submission.submissionId);
  }

  /** Try every pending submission now (at start, and when the network comes back). */
  flush(): Promise<void> {
    const pending = this.entries.filter((e) => e.status === "pending");
    return Promise.all(pending.map((e) => this.attempt(e.submission.submissionId))).then(() => undefined);
  }

  /** Cancel scheduled retries (the entries stay stored for the next start). */
  dispose(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private async attempt(submissionId: string): Promise<void> {
    const entry = this.find(submissionId);
    if (!entry || entry.status !== "pending" || this.inFlight.has(submissionId)) return;
    this.timers.get(submissionId)?.();
    this.timers.delete(submissionId);
    this.inFlight.add(submissionId);
    this.update(submissionId, { attempts: entry.attempts + 1, nextAttemptAt: undefined });
    try {
      const receipt = await this.deps.send(entry.submission);
      this.update(submissionId, { status: "sent", receipt });
    } catch (failure) {
      if (failure instanceof ApiRefusal && !failure.retryable) {
        const { status, code, message, details } = failure;
        this.update(submissionId, { status: "rejected", rejection: { status, code, message, details } });
      } else {
        this.scheduleRetry(submissionId);
      }
    } finally {
      this.inFlight.delete(submissionId);
      this.notify();
    }
  }

  private scheduleRetry(submissionId: string): void {
    const attempts = this.find(submissionId)?.attempts ?? 1;
    const delay = retryDelayMs(attempts, this.random);
    this.update(submissionId, { nextAttemptAt: new Date(this.now().getTime() + delay).toISOString() });
    this.timers.set(
      submissionId,
      this.setTimer(() => {
        this.timers.delete(submissionId);
        void this.attempt(submissionId);
      }, delay),
    );
  }

  private update(submissionId: string, change: Partial<OutboxEntry>): void {
    this.entries = this.entries.map((e) =>
      e.submission.submissionId === submissionId ? { ...e, ...change } : e,
    );
    this.persist();
  }

  private persist(): void {
    try {
      this.deps.storage.setItem(OUTBOX_KEY, JSON.stringify(this.entries));
    } catch {
      // storage full or unavailable: the entry still lives in memory and is retried while the app is open
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
