import { API_ERROR_MESSAGES, formatDateVi, localDateOf, localTimeOf, type SurveyWindow } from "@pks02/shared";
import type { OutboxEntry } from "../outbox/outbox";

/** "lúc 09:15 ngày 12/06/2024", in Vietnam's time. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return "";
  return `lúc ${localTimeOf(moment)} ngày ${formatDateVi(localDateOf(moment))}`;
}

/** "từ ngày 12/06/2024 đến hết ngày 14/06/2024" */
export function formatWindow(window: SurveyWindow): string {
  return `từ ngày ${formatDateVi(window.start)} đến hết ngày ${formatDateVi(window.end)}`;
}

export interface StatusText {
  tone: "info" | "warning" | "success";
  title: string;
  body: string;
}

/** What to tell the resident about a stored submission, in plain Vietnamese. */
export function submissionStatusText(
  entry: OutboxEntry,
  sending: boolean,
  window?: SurveyWindow,
): StatusText {
  if (entry.status === "sent") {
    const when = entry.receipt ? formatMoment(entry.receipt.receivedAt) : "";
    return {
      tone: "success",
      title: "Cảm ơn ông/bà đã tham gia khảo sát!",
      body: `Phiếu đã được gửi thành công${when ? ` ${when}` : ""}.`,
    };
  }
  if (entry.status === "rejected") {
    const code = entry.rejection?.code ?? "";
    if (code === "ALREADY_ANSWERED") {
      return {
        tone: "info",
        title: "Ông/bà đã trả lời phiếu này rồi",
        body: API_ERROR_MESSAGES.ALREADY_ANSWERED,
      };
    }
    if (code === "SURVEY_CLOSED") {
      const when = window ? ` Đợt khảo sát diễn ra ${formatWindow(window)}.` : "";
      return { tone: "warning", title: "Ngoài thời gian khảo sát", body: `Phiếu chưa được nhận.${when}` };
    }
    return {
      tone: "warning",
      title: "Phiếu chưa được nhận",
      body: entry.rejection?.message ?? API_ERROR_MESSAGES.INTERNAL,
    };
  }
  if (sending && entry.attempts <= 1) {
    return { tone: "info", title: "Đang gửi phiếu…", body: "Xin chờ trong giây lát." };
  }
  return {
    tone: "warning",
    title: "Phiếu đã được lưu trên máy, đang chờ gửi",
    body:
      "Mạng đang yếu nên chưa gửi được. Ứng dụng sẽ tự động gửi lại khi có mạng, kể cả lần mở ứng dụng sau. " +
      "Ông/bà không cần trả lời lại.",
  };
}

/**
 * When a submission waiting to be sent will be tried again, truthfully: the next automatic try is between 2 s
 * and a minute away (backoff), or waits for the connection when the phone is offline.
 */
export function retryWaitText(entry: OutboxEntry, sending: boolean, online: boolean, now: Date): string {
  const tried = entry.attempts > 0 ? `Đã thử gửi ${entry.attempts} lần. ` : "";
  if (sending) return `${tried}Đang gửi lại…`;
  if (!online) return `${tried}Máy đang mất mạng: phiếu sẽ tự gửi lại khi có mạng.`;
  const next = entry.nextAttemptAt ? new Date(entry.nextAttemptAt).getTime() - now.getTime() : Number.NaN;
  if (Number.isNaN(next)) return `${tried}Phiếu sẽ tự gửi lại khi có mạng.`;
  return `${tried}Sẽ tự gửi lại ${waitInWords(next)}.`;
}

/** "trong vài giây nữa", "sau khoảng 40 giây", "sau khoảng 1 phút": rounded up to 5 seconds, easy to read. */
function waitInWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 5) return "trong vài giây nữa";
  const rounded = Math.ceil(seconds / 5) * 5;
  return rounded >= 60 ? "sau khoảng 1 phút" : `sau khoảng ${rounded} giây`;
}
