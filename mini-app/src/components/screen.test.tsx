/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Screen, SETTLE_MS } from "./screen";

function renderScreen(contentKey: number) {
  return (
    <Screen title="Phiếu khảo sát PKS 02" contentKey={contentKey}>
      <button type="button">Tiếp tục</button>
    </Screen>
  );
}

const settling = () => screen.getByRole("main").parentElement?.hasAttribute("data-settling");

describe("Screen", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("when a tap brings a screen, it ignores taps for a moment (a double tap must not land on it) and then takes them", () => {
    fireEvent.pointerDown(document.body); // the tap on the previous screen's button
    render(renderScreen(0));
    const root = screen.getByRole("main").parentElement as HTMLElement;
    expect(root.classList.contains("screen--settling")).toBe(true);
    expect(settling()).toBe(true);
    act(() => jest.advanceTimersByTime(SETTLE_MS));
    expect(root.classList.contains("screen--settling")).toBe(false);
    expect(settling()).toBe(false);
  });

  it("when a new page of questions replaces the content, it settles again and the focus goes to the title", () => {
    const { rerender } = render(renderScreen(0));
    const title = screen.getByRole("heading", { level: 1, name: "Phiếu khảo sát PKS 02" });
    expect(document.activeElement).toBe(title);
    act(() => jest.advanceTimersByTime(SETTLE_MS));
    screen.getByRole("button", { name: "Tiếp tục" }).focus();

    fireEvent.click(screen.getByRole("button", { name: "Tiếp tục" }));
    rerender(renderScreen(1));
    expect(document.activeElement).toBe(title);
    expect(settling()).toBe(true);
    act(() => jest.advanceTimersByTime(SETTLE_MS));
    expect(settling()).toBe(false);
  });

  it("the first screen, which no tap brought, takes taps at once (start-up on a slow phone)", () => {
    act(() => jest.advanceTimersByTime(10 * SETTLE_MS)); // long after any earlier tap
    render(renderScreen(0));
    expect(settling()).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });
});
