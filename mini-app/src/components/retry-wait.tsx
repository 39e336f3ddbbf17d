import { useEffect, useState } from "react";
import type { OutboxEntry } from "../outbox/outbox";
import { retryWaitText } from "./submission-status";

/** Whether the phone has a connection, following the browser's online and offline events. */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/** The current time, moving every second while `ticking`. */
function useNow(ticking: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!ticking) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/** When a submission waiting to be sent goes out again, counting down ("Sẽ tự gửi lại sau khoảng 40 giây"). */
export function RetryWait({ entry, sending }: { entry: OutboxEntry; sending: boolean }) {
  const online = useOnline();
  const now = useNow(Boolean(entry.nextAttemptAt) && online && !sending);
  return (
    <p className="muted" role="status">
      {retryWaitText(entry, sending, online, now)}
    </p>
  );
}
