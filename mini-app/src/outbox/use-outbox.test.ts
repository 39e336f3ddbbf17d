import type { ResponseInput } from "@pks02/shared";
import type { OutboxEntry } from "./outbox";
import { answerForCommune } from "./use-outbox";

function entry(communeCode: string, change: Partial<OutboxEntry>): OutboxEntry {
  const submission = { submissionId: `id-${Math.random()}`, communeCode } as ResponseInput;
  return { submission, status: "pending", attempts: 1, queuedAt: "2024-06-12T02:00:00.000Z", ...change };
}

const refused = (code: string) => ({ status: 409, code, message: "", details: [] });

describe("answerForCommune", () => {
  it("when this device sent, is sending or was told it already answered for the commune, that is its answer", () => {
    for (const change of [
      { status: "sent" as const },
      { status: "pending" as const },
      { status: "rejected" as const, rejection: refused("ALREADY_ANSWERED") },
    ]) {
      const mine = entry("07201", change);
      expect(answerForCommune([entry("07222", { status: "sent" }), mine], "07201")).toBe(mine);
    }
  });

  it("when the only submissions were refused for another reason, or were for another commune, there is none", () => {
    const entries = [
      entry("07201", { status: "rejected", rejection: refused("SURVEY_CLOSED") }),
      entry("07201", { status: "rejected", rejection: refused("VALIDATION_FAILED") }),
      entry("07222", { status: "sent" }),
    ];
    expect(answerForCommune(entries, "07201")).toBeUndefined();
  });
});
