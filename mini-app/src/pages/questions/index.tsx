import { useEffect } from "react";
import { useLocation, useNavigate } from "zmp-ui";
import { QuestionStep } from "../../components/question-step";
import { Screen } from "../../components/screen";
import { scrollToTop } from "../../components/screen";
import { useSession } from "../../state/session";
import { visiblePageIndexes } from "../../survey/pages";

/** Router state of a page opened with "Sửa" on the review: "Tiếp tục" then goes straight back to the review. */
export interface QuestionsRouteState {
  fromReview?: boolean;
}

/** The survey itself, one page of questions at a time. */
export default function QuestionsPage() {
  const { load, pages, pageIndex, setPageIndex, answers, setAnswer } = useSession();
  const navigate = useNavigate();
  const fromReview = (useLocation().state as QuestionsRouteState | null)?.fromReview === true;
  const ready = load.kind === "ready" && load.survey.phase === "open";

  useEffect(() => {
    if (!ready) navigate("/", { replace: true });
  }, [ready, navigate]);
  useEffect(() => {
    scrollToTop();
  }, [pageIndex]);

  if (load.kind !== "ready" || !ready) return null;
  const definition = load.survey.definition;
  // A saved page may have become hidden (answers changed): continue at the nearest shown page.
  const visible = visiblePageIndexes(definition, pages, answers);
  const current = visible.includes(pageIndex)
    ? pageIndex
    : (visible.find((i) => i > pageIndex) ?? visible[0] ?? 0);

  return (
    <Screen
      title={definition.id === "PKS02" ? "Phiếu khảo sát PKS 02" : definition.title}
      kicker={load.commune.name}
      contentKey={current}
    >
      <QuestionStep
        key={current}
        definition={definition}
        pages={pages}
        pageIndex={current}
        answers={answers}
        onAnswer={setAnswer}
        showMissing={fromReview}
        onNavigate={(target) => {
          // After "Sửa" on the review, the resident goes back to it rather than through every page again.
          if (target === "review" || (fromReview && typeof target === "number" && target > current))
            navigate("/review", { replace: fromReview });
          else if (target === "start") navigate("/", { direction: "backward" });
          else setPageIndex(target);
        }}
      />
    </Screen>
  );
}
