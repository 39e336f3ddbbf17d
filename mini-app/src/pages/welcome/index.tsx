import { useEffect } from "react";
import { allQuestions, API_ERROR_MESSAGES } from "@pks02/shared";
import { Screen, SETTLE_MS } from "../../components/screen";
import { unitInSentence, unitKind } from "../../components/commune-words";
import { LoadingScreen } from "../../components/loading-screen";
import { Notice } from "../../components/status-message";
import { formatWindow, submissionStatusText } from "../../components/submission-status";
import type { OutboxEntry } from "../../outbox/outbox";
import { answerForCommune, latestForCommune, useOutboxEntries } from "../../outbox/use-outbox";
import { useSurveyNavigation } from "../../state/history";
import { useSession } from "../../state/session";
import { routesToPage, visiblePageIndexes } from "../../survey/pages";
import { prefetchSurveyScreens } from "../survey-screens";
import { AnsweredScreen } from "./answered";

/** The first screen: who asks, why, that it is anonymous and short; or what to do when something is wrong. */
export default function WelcomePage() {
  const session = useSession();
  const nav = useSurveyNavigation();
  const entries = useOutboxEntries(session.services.outbox);
  const { load } = session;
  const ready = load.kind === "ready";

  useEffect(() => {
    if (!ready) return;
    // Once the greeting can be pressed (it settles first), the screens after it come while it is read.
    const timer = setTimeout(prefetchSurveyScreens, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ready]);

  switch (load.kind) {
    case "loading":
      return <LoadingScreen />;
    case "missing_commune":
      return (
        <Screen title="Chưa rõ xã/phường của ông/bà">
          <p className="lead">
            Ứng dụng cần được mở bằng mã QR của xã, phường, thị trấn nơi ông/bà đến làm việc.
          </p>
          <p>
            Xin dùng Zalo quét lại mã QR dán tại <strong>bộ phận một cửa</strong> (bộ phận tiếp nhận và trả
            kết quả) của UBND xã, phường, thị trấn.
          </p>
        </Screen>
      );
    case "unknown_commune":
      return (
        <Screen title="Không tìm thấy xã/phường">
          <p className="lead">{API_ERROR_MESSAGES.COMMUNE_NOT_FOUND}</p>
          <p className="muted">Mã trong đường dẫn: {load.communeCode}</p>
        </Screen>
      );
    case "load_failed":
      return (
        <Screen
          title="Chưa tải được phiếu"
          actions={
            <button type="button" className="btn btn--primary" onClick={session.retryLoad}>
              Thử lại
            </button>
          }
        >
          <p className="lead">Kết nối mạng đang yếu hoặc bị mất.</p>
          <p>Xin kiểm tra 3G/4G hoặc Wi-Fi rồi bấm “Thử lại”.</p>
        </Screen>
      );
    case "ready":
      break;
    default: {
      const unreachable: never = load;
      return unreachable;
    }
  }

  const { survey, commune } = load;
  const kicker = commune.districtName ? `${commune.name}, ${commune.districtName}` : commune.name;
  if (survey.phase !== "open") {
    const title = survey.phase === "not_open" ? "Chưa đến thời gian khảo sát" : "Đợt khảo sát đã kết thúc";
    return (
      <Screen title={title} kicker={kicker}>
        <p className="lead">Đợt khảo sát diễn ra {formatWindow(survey.window)}.</p>
        {survey.phase === "not_open" && <p>Xin quay lại và quét mã QR trong thời gian này.</p>}
        {survey.phase === "closed" && <p>Cảm ơn ông/bà đã quan tâm.</p>}
      </Screen>
    );
  }

  const { outbox } = session.services;
  const statusOf = (entry: OutboxEntry) =>
    submissionStatusText(entry, outbox.isSending(entry.submission.submissionId), survey.window);
  const answered = answerForCommune(entries, commune.code);
  if (answered) {
    return (
      <AnsweredScreen
        kicker={kicker}
        entry={answered}
        status={statusOf(answered)}
        onSendNow={() => void outbox.flush()}
      />
    );
  }
  const latest = latestForCommune(entries, commune.code);
  const status = latest && statusOf(latest);
  const questionCount = allQuestions(survey.definition).length;
  // Every page up to the saved one becomes a history entry, so Back from it walks back page by page.
  const start = () =>
    nav.forward(
      routesToPage(visiblePageIndexes(survey.definition, session.pages, session.answers), session.pageIndex),
    );
  return (
    <Screen
      title={`Khảo sát ý kiến người dân về Chủ tịch UBND ${unitKind(commune.name)}`}
      kicker={kicker}
      actions={
        <button type="button" className="btn btn--primary" onClick={start}>
          {session.resumed ? "Tiếp tục trả lời" : "Bắt đầu trả lời"}
        </button>
      }
    >
      {status && (
        <Notice tone={status.tone}>
          <strong>{status.title}</strong> {status.body}
        </Notice>
      )}
      <p className="lead">
        Xin ông/bà cho biết ý kiến về sự phục vụ của Chủ tịch UBND {unitInSentence(commune.name)}.
      </p>
      <ul className="facts">
        <li>
          <strong>Ẩn danh:</strong> không hỏi họ tên, số điện thoại, địa chỉ.
        </li>
        <li>
          <strong>Khoảng {survey.definition.estimatedMinutes} phút</strong>, không quá {questionCount} câu hỏi
          ngắn.
        </li>
        <li>Có thể dừng giữa chừng: câu trả lời được lưu trên máy để làm tiếp.</li>
        <li>Thời gian khảo sát: {formatWindow(survey.window)}.</li>
        <li>Người bên cạnh chỉ giúp thao tác; ông/bà tự chọn câu trả lời.</li>
      </ul>
      {session.resumed && <Notice>Ông/bà đã trả lời một phần. Bấm “Tiếp tục trả lời” để làm tiếp.</Notice>}
      <details className="intro">
        <summary>Xem lời giới thiệu của phiếu</summary>
        <p>{survey.definition.title}</p>
        <p>{survey.definition.intro}</p>
      </details>
    </Screen>
  );
}
