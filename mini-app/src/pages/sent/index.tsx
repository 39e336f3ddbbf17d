import { RetryWait } from "../../components/retry-wait";
import { Screen } from "../../components/screen";
import { Notice } from "../../components/status-message";
import { submissionStatusText } from "../../components/submission-status";
import { latestForCommune, useOutboxEntries } from "../../outbox/use-outbox";
import { useSurveyNavigation } from "../../state/history";
import { useSession } from "../../state/session";

/** After "Gửi phiếu": sending, waiting to resend, thanks, or why it was not accepted. */
export default function SentPage() {
  const session = useSession();
  const nav = useSurveyNavigation();
  const { outbox } = session.services;
  const entries = useOutboxEntries(outbox);
  const { load } = session;
  const entry =
    (session.lastSubmissionId &&
      entries.find((e) => e.submission.submissionId === session.lastSubmissionId)) ||
    (load.kind === "ready" ? latestForCommune(entries, load.commune.code) : undefined);

  if (!entry || load.kind !== "ready") {
    return (
      <Screen title="Khảo sát ý kiến người dân">
        <button type="button" className="btn btn--primary" onClick={() => nav.replace("/")}>
          Về trang đầu
        </button>
      </Screen>
    );
  }
  const sending = outbox.isSending(entry.submission.submissionId);
  const status = submissionStatusText(entry, sending, load.survey.window);
  const code = entry.rejection?.code;
  const correctable = entry.status === "rejected" && code === "VALIDATION_FAILED";
  const reload = entry.status === "rejected" && code === "SURVEY_VERSION_MISMATCH";
  const correct = () => {
    session.restoreAnswers(entry.submission.answers);
    nav.replace("/review");
  };
  const reloadKeepingAnswers = () => {
    // Put the answers back in the draft first, so the updated survey opens with them filled in.
    session.restoreAnswers(entry.submission.answers);
    setTimeout(() => window.location.reload(), 200);
  };
  return (
    <Screen
      title={status.title}
      kicker={load.commune.name}
      actions={
        entry.status === "pending" ? (
          <button type="button" className="btn btn--secondary" onClick={() => void outbox.flush()}>
            Gửi lại ngay
          </button>
        ) : correctable ? (
          <button type="button" className="btn btn--primary" onClick={correct}>
            Sửa lại phiếu
          </button>
        ) : reload ? (
          <button type="button" className="btn btn--primary" onClick={reloadKeepingAnswers}>
            Tải lại ứng dụng
          </button>
        ) : undefined
      }
    >
      <Notice tone={status.tone}>{status.body}</Notice>
      {entry.status === "sent" && (
        <p className="lead">Ý kiến của ông/bà giúp chính quyền địa phương phục vụ người dân tốt hơn.</p>
      )}
      {entry.status === "pending" && (entry.attempts > 1 || !sending) && (
        <RetryWait entry={entry} sending={sending} />
      )}
    </Screen>
  );
}
