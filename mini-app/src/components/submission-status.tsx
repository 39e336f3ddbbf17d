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
