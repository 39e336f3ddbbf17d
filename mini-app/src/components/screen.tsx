import { useEffect, useRef, useState, type ReactNode } from "react";

export interface ScreenProps {
  title: string;
  /** A line above the title, e.g. the commune's name. */
  kicker?: string;
  children: ReactNode;
  /** The buttons, kept at the bottom of the screen within thumb reach. */
  actions?: ReactNode;
  /**
   * Changes when the content is replaced without a new route (the next page of questions): the screen then
   * settles again and the title takes the focus again, as on a new screen.
   */
  contentKey?: string | number;
}

/**
 * How long after a tap the screen or page it brought ignores taps. Older hands often double-tap: the second tap of
 * a double tap on "Tiếp tục" must not answer a question of the next page, or press "Gửi phiếu" on the review.
 */
export const SETTLE_MS = 600;

/** When the last tap (or click) anywhere happened; none yet at start-up. */
let lastTapAt = Number.NEGATIVE_INFINITY;
if (typeof document !== "undefined") {
  const noteTap = () => {
    lastTapAt = Date.now();
  };
  document.addEventListener("pointerdown", noteTap, { capture: true, passive: true });
  document.addEventListener("click", noteTap, { capture: true, passive: true });
}

/** How much longer a screen appearing now must ignore taps: the rest of SETTLE_MS since the last tap. */
const settleLeft = () => Math.max(0, SETTLE_MS - (Date.now() - lastTapAt));

/**
 * The layout every screen shares: a title band, the content, and a sticky action bar. When it appears (or its
 * `contentKey` changes) it moves the focus to its title, so a screen reader or a keyboard starts at the top of the
 * new page, and, when a tap brought it, ignores taps until SETTLE_MS after that tap. The first screen at start-up
 * follows no tap, so it takes taps at once (a resident on a slow phone can press "Bắt đầu trả lời" as it appears).
 */
export function Screen({ title, kicker, children, actions, contentKey }: ScreenProps) {
  const [settling, setSettling] = useState(() => settleLeft() > 0);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
    const left = settleLeft();
    setSettling(left > 0);
    if (left === 0) return undefined;
    const timer = setTimeout(() => setSettling(false), left);
    return () => clearTimeout(timer);
  }, [contentKey]);

  return (
    <div className={`screen ${settling ? "screen--settling" : ""}`} data-settling={settling || undefined}>
      <header className="screen-header">
        {kicker && <p className="screen-kicker">{kicker}</p>}
        <h1 className="screen-title" tabIndex={-1} ref={titleRef}>
          {title}
        </h1>
      </header>
      <main className="screen-body">{children}</main>
      {actions && <footer className="screen-actions">{actions}</footer>}
    </div>
  );
}

/** Bring the current screen's title into view (zmp-ui pages scroll inside their own container, not the window). */
export function scrollToTop(): void {
  const headers = document.querySelectorAll(".screen-header");
  headers[headers.length - 1]?.scrollIntoView?.({ block: "start" });
}
