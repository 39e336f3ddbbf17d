import type { ReactNode } from "react";

export interface ScreenProps {
  title: string;
  /** A line above the title, e.g. the commune's name. */
  kicker?: string;
  children: ReactNode;
  /** The buttons, kept at the bottom of the screen within thumb reach. */
  actions?: ReactNode;
}

/** The layout every screen shares: a title band, the content, and a sticky action bar. */
export function Screen({ title, kicker, children, actions }: ScreenProps) {
  return (
    <div className="screen">
      <header className="screen-header">
        {kicker && <p className="screen-kicker">{kicker}</p>}
        <h1 className="screen-title">{title}</h1>
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
