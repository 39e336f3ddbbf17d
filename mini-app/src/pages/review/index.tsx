import { useEffect, useRef, useState } from "react";
import { useNavigate } from "zmp-ui";
import { validateAnswers } from "@pks02/shared";
import { ReviewList } from "../../components/review-list";
import { Screen } from "../../components/screen";
import { Notice } from "../../components/status-message";
import { scrollToTop } from "../../components/screen";
import { useSession } from "../../state/session";
import type { DraftAnswers } from "../../survey/answers";
import { firstPageWithError, visiblePageIndexes } from "../../survey/pages";
import type { QuestionsRouteState } from "../questions";

/** Every answer once more, then "Gửi phiếu". */
export default function ReviewPage() {
  const { load, pages, answers, setPageIndex, submit } = useSession();
  const navigate = useNavigate();
  const [triedToSend, setTriedToSend] = useState(false);
  // What was sent, shown while this screen slides away (the session's answers are already cleared).
  const [sentAnswers, setSentAnswers] = useState<DraftAnswers | null>(null);
  // Older hands often double-tap: the second tap must not make a second submission.
  const sending = useRef(false);
  const ready = load.kind === "ready" && load.survey.phase === "open";

  useEffect(() => {
    if (!ready) navigate("/", { replace: true });
  }, [ready, navigate]);
  useEffect(() => {
    scrollToTop();
  }, []);
  if (load.kind !== "ready" || !ready) return null;

  const definition = load.survey.definition;
  const shownAnswers = sentAnswers ?? answers;
  const result = validateAnswers(definition, shownAnswers);
  const errors = result.ok ? [] : result.errors;
  const shown = Object.fromEntries(errors.map((e) => [e.questionId, e.message]));
  // The review's history entry is replaced, so "Tiếp tục" there comes back here (replacing again) and the
  // review's "Quay lại" still leads to the questions.
  const edit = (pageIndex: number) => {
    setPageIndex(pageIndex);
    navigate("/questions", { replace: true, state: { fromReview: true } satisfies QuestionsRouteState });
  };
  const back = () => {
    const shownPages = visiblePageIndexes(definition, pages, shownAnswers);
    setPageIndex(shownPages[shownPages.length - 1] ?? 0);
    navigate(-1);
  };
  const send = () => {
    if (sending.current) return;
    const outcome = submit();
    if (outcome.ok) {
      sending.current = true;
      setSentAnswers(answers);
      navigate("/sent", { replace: true });
      return;
    }
    setTriedToSend(true);
    const page = firstPageWithError(pages, outcome.errors);
    if (page >= 0) edit(page);
  };

  return (
    <Screen
      title="Xem lại câu trả lời"
      kicker={load.commune.name}
      actions={
        <div className="step-actions">
          <button type="button" className="btn btn--secondary" onClick={back}>
            Quay lại
          </button>
          <button type="button" className="btn btn--primary" onClick={send}>
            Gửi phiếu
          </button>
        </div>
      }
    >
      <p className="lead">Xin kiểm tra lại. Muốn đổi câu nào, bấm “Sửa”. Nếu đã đúng, bấm “Gửi phiếu”.</p>
      {errors.length > 0 && (
        <Notice tone="warning">
          Còn {errors.length} câu cần trả lời hoặc sửa lại (đánh dấu đỏ bên dưới).
        </Notice>
      )}
      {triedToSend && errors.length > 0 && <p className="step-error">Phiếu chưa được gửi.</p>}
      <ReviewList definition={definition} pages={pages} answers={shownAnswers} errors={shown} onEdit={edit} />
    </Screen>
  );
}
