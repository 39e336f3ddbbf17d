import type { ResponseInput, ResponseReceipt } from "@pks02/shared";
import { buildAnswers } from "@pks02/shared/src/survey/test-factories";
import { ApiRefusal, NetworkError } from "../services/api";
import type { DeviceStorage } from "../services/zalo";
import { Outbox, OUTBOX_KEY, retryDelayMs } from "./outbox";

function memoryStorage(): DeviceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function buildSubmission(overrides: Partial<ResponseInput> = {}): ResponseInput {
  return {
    submissionId: "6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11",
    communeCode: "07201",
    surveyVersion: "pks02-2024.1",
    answers: buildAnswers(),
    ...overrides,
  };
}

const receipt = (id: string): ResponseReceipt => ({
  id,
  status: "accepted",
  receivedAt: "2024-06-12T02:15:00Z",
});

/** Timers run by hand, so retries can be stepped through. */
function manualTimers() {
  const pending: Array<{ run: () => void; ms: number }> = [];
  return {
    pending,
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, ms };
      pending.push(timer);
      return () => pending.splice(pending.indexOf(timer), 1);
    },
    async fireNext() {
      const timer = pending.shift();
      timer?.run();
      await flushPromises();
    },
  };
}

const flushPromises = () => new Promise((resolve) => setImmediate(resolve));

describe("Outbox", () => {
  it("stores the submission on the device before sending it", async () => {
    const storage = memoryStorage();
    let storedWhenSent: string | null = null;
    const outbox = new Outbox({
      storage,
      send: async (s) => {
        storedWhenSent = storage.getItem(OUTBOX_KEY);
        return receipt(s.submissionId);
      },
    });
    outbox.enqueue(buildSubmission());
    await flushPromises();
    expect(storedWhenSent).toContain("6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11");
    expect(outbox.list()[0]?.status).toBe("sent");
  });

  it("when the network fails, retries with backoff reusing the same submissionId until it goes through", async () => {
    const timers = manualTimers();
    const sentIds: string[] = [];
    let failures = 2;
    const outbox = new Outbox({
      storage: memoryStorage(),
      setTimer: timers.setTimer,
      random: () => 0.5,
      send: async (s) => {
        sentIds.push(s.submissionId);
        if (failures-- > 0) throw new NetworkError("offline");
        return receipt(s.submissionId);
      },
    });
    outbox.enqueue(buildSubmission());
    await flushPromises();
    expect(outbox.list()[0]).toMatchObject({ status: "pending", attempts: 1 });
    expect(timers.pending.map((t) => t.ms)).toEqual([2000]);
    await timers.fireNext();
    expect(timers.pending.map((t) => t.ms)).toEqual([4000]);
    await timers.fireNext();
    expect(outbox.list()[0]).toMatchObject({ status: "sent", attempts: 3 });
    expect(new Set(sentIds)).toEqual(new Set(["6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11"]));
  });

  it("retries 5xx and 429 but keeps a 4xx refusal without retrying", async () => {
    const timers = manualTimers();
    const refusals = [
      new ApiRefusal(503, "INTERNAL", "lỗi"),
      new ApiRefusal(429, "RATE_LIMITED", "nhiều"),
      new ApiRefusal(409, "ALREADY_ANSWERED", "Ông/bà đã trả lời"),
    ];
    const outbox = new Outbox({
      storage: memoryStorage(),
      setTimer: timers.setTimer,
      send: async () => {
        throw refusals.shift();
      },
    });
    outbox.enqueue(buildSubmission());
    await flushPromises();
    await timers.fireNext();
    await timers.fireNext();
    expect(outbox.list()[0]).toMatchObject({
      status: "rejected",
      attempts: 3,
      rejection: { status: 409, code: "ALREADY_ANSWERED" },
    });
    expect(timers.pending).toHaveLength(0);
  });

  it("sends what an earlier visit left pending when the app starts again", async () => {
    const storage = memoryStorage();
    const first = new Outbox({
      storage,
      setTimer: () => () => undefined,
      send: async () => {
        throw new NetworkError("offline");
      },
    });
    first.enqueue(buildSubmission());
    await flushPromises();
    first.dispose();

    const send = jest.fn(async (s: ResponseInput) => receipt(s.submissionId));
    const second = new Outbox({ storage, send });
    await second.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(second.list()[0]?.status).toBe("sent");
    expect(JSON.parse(storage.getItem(OUTBOX_KEY) ?? "[]")[0].status).toBe("sent");
  });

  it("does not send the same submission twice at once", async () => {
    let resolveSend: (r: ResponseReceipt) => void = () => undefined;
    const send = jest.fn(() => new Promise<ResponseReceipt>((resolve) => (resolveSend = resolve)));
    const outbox = new Outbox({ storage: memoryStorage(), send });
    outbox.enqueue(buildSubmission());
    void outbox.flush();
    void outbox.flush();
    resolveSend(receipt("6f1c2a7e-2b8e-4d52-9a57-0d7a3c1b9e11"));
    await flushPromises();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("retries a refused Zalo token at the next start, since reopening gets a fresh token", async () => {
    const storage = memoryStorage();
    const first = new Outbox({
      storage,
      send: async () => {
        throw new ApiRefusal(401, "ZALO_TOKEN_INVALID", "Không xác thực được");
      },
    });
    first.enqueue(buildSubmission());
    await flushPromises();
    expect(first.list()[0]?.status).toBe("rejected");
    const second = new Outbox({ storage, send: async (s) => receipt(s.submissionId) });
    await second.flush();
    expect(second.list()[0]?.status).toBe("sent");
  });
});

describe("retryDelayMs", () => {
  it("doubles from about 2 s and stops growing at about 60 s", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, middle))).toEqual([2000, 4000, 8000, 16000, 60000]);
    expect(retryDelayMs(1, () => 0)).toBe(1500);
    expect(retryDelayMs(1, () => 1)).toBe(2500);
  });
});
