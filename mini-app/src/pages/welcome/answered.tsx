import type { OutboxEntry } from "../../outbox/outbox";
import { Screen } from "../../components/screen";
import { Notice } from "../../components/status-message";
import type { StatusText } from "../../components/submission-status";

interface AnsweredScreenProps {
  kicker: string;
  entry: OutboxEntry;
  status: StatusText;
  onSendNow: () => void;
}

/**
 * The greeting when this phone has already given its answer for the commune: say so, and how someone else
 * can answer, instead of letting a second survey be filled in only to be refused at "Gửi phiếu".
 */
export function AnsweredScreen({ kicker, entry, status, onSendNow }: AnsweredScreenProps) {
  return (
    <Screen
      title={status.title}
      kicker={kicker}
      actions={
        entry.status === "pending" ? (
          <button type="button" className="btn btn--primary" onClick={onSendNow}>
            Gửi lại ngay
          </button>
        ) : undefined
      }
    >
      <Notice tone={status.tone}>{status.body}</Notice>
      <p className="lead">Mỗi người chỉ trả lời phiếu một lần.</p>
      <p>Người khác muốn trả lời xin dùng Zalo trên điện thoại của mình để quét mã QR tại bộ phận một cửa.</p>
    </Screen>
  );
}
