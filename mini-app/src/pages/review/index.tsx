import { useEffect, useRef, useState } from "react";
import { validateAnswers } from "@pks02/shared";
import { ReviewList } from "../../components/review-list";
import { Screen } from "../../components/screen";
import { Notice } from "../../components/status-message";
import { scrollToTop } from "../../components/screen";
import { useSurveyNavigation } from "../../state/history";
import { useSession } from "../../state/session";
import type { DraftAnswers } from "../../survey/answers";
import { firstPageWithError, questionsPath, visiblePageIndexes } from "../../survey/pages";
import type { QuestionsRouteState } from "../questions";

/** Every answer once more, then "Gửi phiếu". */
export default function ReviewPage() {
  const { load, pages, answers, submit } = useSession();
  const nav = useSurveyNavigation();
  const [triedToSend, setTriedToSend] = useState(false);
  // What was sent, shown while this screen slides away (the session's answers are already cleared).
  const [sentAnswers, setSentAnswers] = useState<DraftAnswers | null>(null);
  // Older hands often double-tap: the second tap must not make a second submission.
  const sending = useRef(false);
  const ready = load.kind === "ready" && load.survey.phase === "open";

  const { replace } = nav;
  useEffect(() => {
    if (!ready) replace("/");
  }, [ready, replace]);
  useEffect(() => {
    scrollToTop();
  }, []);
  if (load.kind !== "ready" || !ready) return null;

  const definition = load.survey.definition;
  const shownAnswers = sentAnswers ?? answers;
  const result = validateAnswers(definition, shownAnswers);
  const errors = result.ok ? [] : result.errors;
  const shown = Object.fromEntries(errors.map((e) => [e.questionId, e.message]));
  // "Sửa" opens the page on top of the review; its "Tiếp tục", "Quay lại" and Back all come back here.
  const edit = (pageIndex: number) =>
    nav.forward([questionsPath(pageIndex)], { fromReview: true } satisfies QuestionsRouteState);
  // The entry below is the last page of questions (a page hidden since is skipped there), as Back does.
  const back = () => {
    if (nav.step > 0) return nav.back();
    const shownPages = visiblePageIndexes(definition, pages, shownAnswers);
    nav.replace(questionsPath(shownPages[shownPages.length - 1] ?? 0));
  };
  const send = () => {
    if (sending.current) return;
    const outcome = submit();
    if (outcome.ok) {
      sending.current = true;
      setSentAnswers(answers);
      nav.replace("/sent");
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
