/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import type { OutboxEntry } from "../outbox/outbox";
import { buildOutboxEntry } from "../outbox/test-factories";
import { RetryWait } from "./retry-wait";

const NOW = new Date("2024-06-12T02:00:00Z");

function waitingEntry(secondsToNextTry: number | null, attempts = 3): OutboxEntry {
  return buildOutboxEntry({
    attempts,
    queuedAt: NOW.toISOString(),
    ...(secondsToNextTry === null
      ? {}
      : { nextAttemptAt: new Date(NOW.getTime() + secondsToNextTry * 1000).toISOString() }),
  });
}

function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
  act(() => void window.dispatchEvent(new Event(online ? "online" : "offline")));
}

const text = () => screen.getByRole("status").textContent;

describe("RetryWait", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(NOW);
    setOnline(true);
  });
  afterEach(() => jest.useRealTimers());

  it("when the next automatic try is most of a minute away, it says so and counts down", () => {
    render(<RetryWait entry={waitingEntry(52)} sending={false} />);
    expect(text()).toBe("Đã thử gửi 3 lần. Sẽ tự gửi lại sau khoảng 55 giây.");
    act(() => jest.advanceTimersByTime(20_000));
    expect(text()).toBe("Đã thử gửi 3 lần. Sẽ tự gửi lại sau khoảng 35 giây.");
    act(() => jest.advanceTimersByTime(29_000));
    expect(text()).toBe("Đã thử gửi 3 lần. Sẽ tự gửi lại trong vài giây nữa.");
  });

  it("when the wait is a full minute (the longest backoff), it says about a minute", () => {
    render(<RetryWait entry={waitingEntry(64, 7)} sending={false} />);
    expect(text()).toBe("Đã thử gửi 7 lần. Sẽ tự gửi lại sau khoảng 1 phút.");
  });

  it("when the phone is offline, it says the form goes out once there is a connection, not in seconds", () => {
    render(<RetryWait entry={waitingEntry(8)} sending={false} />);
    setOnline(false);
    expect(text()).toBe("Đã thử gửi 3 lần. Máy đang mất mạng: phiếu sẽ tự gửi lại khi có mạng.");
    setOnline(true);
    expect(text()).toBe("Đã thử gửi 3 lần. Sẽ tự gửi lại sau khoảng 10 giây.");
  });

  it("while a new try is under way, or none is scheduled, it says what is happening", () => {
    const { rerender } = render(<RetryWait entry={waitingEntry(null, 4)} sending />);
    expect(text()).toBe("Đã thử gửi 4 lần. Đang gửi lại…");
    rerender(<RetryWait entry={waitingEntry(null, 4)} sending={false} />);
    expect(text()).toBe("Đã thử gửi 4 lần. Phiếu sẽ tự gửi lại khi có mạng.");
  });
});
