import { useCallback, useEffect, useRef } from "react";
import { useLocation, useNavigate } from "zmp-ui";

/**
 * Every history entry the app makes carries its `step`: how many entries it lies above the first screen. Back
 * (Android's button, the browser's, "Quay lại") then means one step down, whichever router is in use, and the
 * memory router's steps can be mirrored into the browser's history (see useBrowserBackForMemoryRouter).
 */
export interface StepState {
  step?: number;
}

function stepOf(state: unknown): number {
  const step = (state as StepState | null)?.step;
  return typeof step === "number" && Number.isInteger(step) && step > 0 ? step : 0;
}

export interface SurveyNavigation {
  /** This entry's step (0: the first screen the app showed). */
  step: number;
  /** New entries on top of this one, in order (several at once when a saved survey is resumed). */
  forward: (paths: string[], state?: object) => void;
  /** Replace this entry (same step). */
  replace: (path: string, state?: object) => void;
  /** Go `count` entries down (at most to the first screen), as Back does; nothing on the first screen. */
  back: (count?: number) => void;
}

/** Navigation that keeps each entry's step, so Back and "Quay lại" agree. */
export function useSurveyNavigation(): SurveyNavigation {
  const navigate = useNavigate();
  const step = stepOf(useLocation().state);
  const forward = useCallback(
    (paths: string[], state: object = {}) =>
      paths.forEach((path, i) => navigate(path, { state: { ...state, step: step + i + 1 } })),
    [navigate, step],
  );
  const replace = useCallback(
    (path: string, state: object = {}) => navigate(path, { replace: true, state: { ...state, step } }),
    [navigate, step],
  );
  const back = useCallback(
    (count = 1) => {
      const steps = Math.min(count, step);
      if (steps > 0) navigate(-steps); // a POP: zmp-ui slides it backward
    },
    [navigate, step],
  );
  return { step, forward, replace, back };
}

interface BrowserEntry {
  pks02: string;
  step: number;
}

function currentBrowserStep(session: string): number | null {
  const entry = window.history.state as BrowserEntry | null;
  return entry && entry.pks02 === session ? entry.step : null;
}

/**
 * With `<ZMPRouter memoryRouter>` the browser's Back button (Android's, outside Zalo) does not move the memory
 * history: the page would leave the app instead. This mirrors each memory step as a browser entry on the same URL
 * (pushState), follows the browser's Back and Forward (popstate) in the memory history, and moves the browser
 * back when the app goes back by itself, so both histories stay at the same step. Entries of an earlier page
 * load (before a reload) belong to another session and are left alone.
 */
function useBrowserBackForMemoryRouter(enabled: boolean): void {
  const navigate = useNavigate();
  const step = stepOf(useLocation().state);
  const session = useRef(Math.random().toString(36).slice(2));
  const stepNow = useRef(step);
  stepNow.current = step;

  useEffect(() => {
    if (!enabled) return;
    const id = session.current;
    const browserStep = currentBrowserStep(id);
    if (browserStep === null) window.history.replaceState({ pks02: id, step } satisfies BrowserEntry, "");
    else if (step > browserStep)
      for (let s = browserStep + 1; s <= step; s++)
        window.history.pushState({ pks02: id, step: s } satisfies BrowserEntry, "");
    else if (step < browserStep) window.history.go(step - browserStep);
  }, [enabled, step]);

  useEffect(() => {
    if (!enabled) return;
    const onPopState = (event: PopStateEvent) => {
      const entry = event.state as BrowserEntry | null;
      if (!entry || entry.pks02 !== session.current) return;
      const delta = entry.step - stepNow.current;
      if (delta !== 0) navigate(delta);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [enabled, navigate]);
}

/** Rendered inside the router: the browser's Back for the memory router (nothing with the browser router). */
export function MemoryRouterBackButton({ enabled }: { enabled: boolean }): null {
  useBrowserBackForMemoryRouter(enabled);
  return null;
}
