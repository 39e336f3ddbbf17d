import { Component, type ErrorInfo, type ReactNode } from "react";
import { Screen } from "./screen";

interface State {
  crashed: boolean;
}

/**
 * Whatever goes wrong while drawing a screen, show words and a way out instead of a blank page. Answers and
 * submissions are on the device already, so reloading loses nothing.
 */
export class CrashScreen extends Component<{ children: ReactNode }, State> {
  override state: State = { crashed: false };

  static getDerivedStateFromError(): State {
    return { crashed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("screen crashed", error, info.componentStack);
  }

  override render() {
    if (!this.state.crashed) return this.props.children;
    return (
      <Screen
        title="Ứng dụng gặp sự cố"
        actions={
          <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
            Mở lại
          </button>
        }
      >
        <p className="lead">Xin bấm “Mở lại”. Các câu trả lời đã lưu trên máy không bị mất.</p>
      </Screen>
    );
  }
}
