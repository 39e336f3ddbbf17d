import { useEffect } from "react";
import { useLocation, useParams } from "zmp-ui";
import { QuestionStep } from "../../components/question-step";
import { Screen } from "../../components/screen";
import { scrollToTop } from "../../components/screen";
import { answerForCommune, useOutboxEntries } from "../../outbox/use-outbox";
import { useSurveyNavigation } from "../../state/history";
import { useSession } from "../../state/session";
import { pageIndexOfRoute, questionsPath, shownPageIndex, visiblePageIndexes } from "../../survey/pages";

/** Router state of a page opened with "Sửa" on the review: "Tiếp tục" then goes straight back to the review. */
export interface QuestionsRouteState {
  fromReview?: boolean;
}

/**
 * The survey itself, one page of questions per history entry (/questions/<page>), so Back (Android's button,
 * the browser's) and "Quay lại" both go to the previous page, and from the first page to the greeting.
 */
export default function QuestionsPage() {
  const { load, pages, pageIndex, setPageIndex, answers, setAnswer, services } = useSession();
  const nav = useSurveyNavigation();
  const fromReview = (useLocation().state as QuestionsRouteState | null)?.fromReview === true;
  const requested = pageIndexOfRoute(useParams().page, pages.length) ?? pageIndex;
  const entries = useOutboxEntries(services.outbox);
  const ready = load.kind === "ready" && load.survey.phase === "open";
  // Back from the thank-you screen: this phone has answered, so the greeting (which says so) is the place.
  const answered = load.kind === "ready" && Boolean(answerForCommune(entries, load.commune.code));
  const visible = ready ? visiblePageIndexes(load.survey.definition, pages, answers) : [];
  const current = shownPageIndex(visible, requested);
  // Back onto a page hidden since (a conditional question): keep going back, as "Quay lại" skips it too.
  const skipBack = ready && !visible.includes(requested) && requested < pageIndex && nav.step > 0;
  const { replace, back, step } = nav;

  useEffect(() => {
    if (!ready) replace("/");
    else if (answered) back(step);
    else if (skipBack) back();
  }, [ready, answered, skipBack, replace, back, step]);
  useEffect(() => {
    if (ready && !answered && !skipBack) setPageIndex(current);
  }, [ready, answered, skipBack, current, setPageIndex]);
  useEffect(() => {
    scrollToTop();
  }, [current]);

  if (load.kind !== "ready" || !ready || answered || skipBack) return null;
  const definition = load.survey.definition;

  const onNavigate = (target: number | "review" | "start") => {
    // After "Sửa" on the review, both buttons lead back to it (the entry below), not through every page again.
    if (fromReview) back();
    else if (target === "review") nav.forward(["/review"]);
    else if (typeof target === "number" && target > current) nav.forward([questionsPath(target)]);
    // The entry below is the previous shown page (or the greeting): the same place Back leads to.
    else if (step > 0) back();
    else replace(target === "start" ? "/" : questionsPath(target));
  };

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
        onNavigate={onNavigate}
      />
    </Screen>
  );
}
