import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { validateAnswers, ZResponseInput, type AnswerError, type AnswerValue } from "@pks02/shared";
import type { Outbox } from "../outbox/outbox";
import type { ApiClient } from "../services/api";
import { newUuid } from "../services/uuid";
import type { DeviceStorage } from "../services/zalo";
import { keepValidAnswers, setAnswer as applyAnswer, type DraftAnswers } from "../survey/answers";
import { clearDraft, loadDraft, saveDraft } from "../survey/draft";
import { buildPages, type SurveyPage } from "../survey/pages";
import { rememberCommune } from "./launch";
import { loadSurveyAndCommune, type LoadState } from "./load-survey";

/** What the app is built from; made once at start (see main.tsx), replaced by fakes in tests. */
export interface AppServices {
  storage: DeviceStorage;
  api: ApiClient;
  outbox: Outbox;
  /** The commune from the QR link, read once at start. */
  communeCode: string | null;
}

export type SubmitResult = { ok: true; submissionId: string } | { ok: false; errors: AnswerError[] };

export interface Session {
  services: AppServices;
  load: LoadState;
  retryLoad: () => void;
  pages: SurveyPage[];
  answers: DraftAnswers;
  setAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  pageIndex: number;
  setPageIndex: (index: number) => void;
  /** Whether answers were saved from an earlier visit. */
  resumed: boolean;
  submit: () => SubmitResult;
  /** Put a refused submission's answers back to be corrected. */
  restoreAnswers: (answers: Record<string, unknown>) => void;
  lastSubmissionId: string | null;
}

const SessionContext = createContext<Session | null>(null);

/** The resident's survey session: what was loaded, the answers so far (saved on the device), the submit. */
export function SessionProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  const { storage, api, outbox, communeCode } = services;
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<DraftAnswers>({});
  const [pageIndex, setPageIndex] = useState(0);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const [resumed, setResumed] = useState(false);
  const [lastSubmissionId, setLastSubmissionId] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoad({ kind: "loading" });
    void loadSurveyAndCommune(api, storage, communeCode).then((state) => {
      if (cancelled) return;
      if (state.kind === "ready") {
        rememberCommune(storage, state.commune.code);
        const draft = loadDraft(storage, state.commune.code);
        if (draft && Object.keys(draft.answers).length > 0) {
          setAnswers(keepValidAnswers(state.survey.definition, draft.answers));
          setPageIndex(draft.pageIndex);
          setStartedAt(draft.startedAt);
          setResumed(true);
        }
      }
      setLoad(state);
    });
    return () => {
      cancelled = true;
    };
  }, [api, storage, communeCode, attempt]);

  const definition = load.kind === "ready" ? load.survey.definition : null;
  const pages = useMemo(() => (definition ? buildPages(definition) : []), [definition]);

  useEffect(() => {
    if (!definition || !startedAt || load.kind !== "ready") return;
    saveDraft(storage, {
      communeCode: load.commune.code,
      surveyVersion: definition.version,
      answers,
      pageIndex,
      startedAt,
    });
  }, [storage, load, definition, answers, pageIndex, startedAt]);

  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue | undefined) => {
      if (!definition) return;
      setStartedAt((s) => s ?? new Date().toISOString());
      setAnswers((current) => applyAnswer(definition, current, questionId, value));
    },
    [definition],
  );

  const submit = useCallback((): SubmitResult => {
    if (!definition || load.kind !== "ready") return { ok: false, errors: [] };
    const result = validateAnswers(definition, answers);
    if (!result.ok) return result;
    const submission = ZResponseInput.parse({
      submissionId: newUuid(),
      ...(load.survey.campaign ? { campaignId: load.survey.campaign.id } : {}),
      communeCode: load.commune.code,
      surveyVersion: definition.version,
      answers: result.answers,
      ...(startedAt ? { startedAt } : {}),
    });
    outbox.enqueue(submission);
    clearDraft(storage, load.commune.code);
    setAnswers({});
    setPageIndex(0);
    setStartedAt(null);
    setResumed(false);
    setLastSubmissionId(submission.submissionId);
    return { ok: true, submissionId: submission.submissionId };
  }, [definition, load, answers, startedAt, outbox, storage]);

  const restoreAnswers = useCallback(
    (restored: Record<string, unknown>) => {
      if (!definition) return;
      setAnswers(keepValidAnswers(definition, restored));
      setStartedAt((s) => s ?? new Date().toISOString());
    },
    [definition],
  );

  const value: Session = {
    services,
    load,
    retryLoad: () => setAttempt((n) => n + 1),
    pages,
    answers,
    setAnswer,
    pageIndex,
    setPageIndex,
    resumed,
    submit,
    restoreAnswers,
    lastSubmissionId,
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current survey session; only inside SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
