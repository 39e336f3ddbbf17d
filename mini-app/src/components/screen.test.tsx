/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
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

  it("when a screen appears, it ignores taps for a moment (a double tap must not land on it) and then takes them", () => {
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

    rerender(renderScreen(1));
    expect(document.activeElement).toBe(title);
    expect(settling()).toBe(true);
  });
});
