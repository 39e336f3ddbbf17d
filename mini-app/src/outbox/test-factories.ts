import type { OutboxEntry } from "./outbox";

/** An outbox entry for tests: a pending submission queued at 09:00 on 12/06/2024; override any field. */
export function buildOutboxEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    submission: {
      submissionId: "6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11",
      communeCode: "07201",
      surveyVersion: "pks02-2024.1",
      answers: { B1: 3 },
    },
    status: "pending",
    attempts: 1,
    queuedAt: "2024-06-12T02:00:00.000Z",
    ...overrides,
  };
}
