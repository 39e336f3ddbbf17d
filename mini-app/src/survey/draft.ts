import type { DeviceStorage } from "../services/zalo";
import type { DraftAnswers } from "./answers";

/** Answers in progress, kept on the device so the resident can close the app and finish later. */
export interface Draft {
  communeCode: string;
  surveyVersion: string;
  answers: DraftAnswers;
  /** The page the resident was on, to continue where they stopped. */
  pageIndex: number;
  startedAt: string;
}

const draftKey = (communeCode: string) => `pks02.draft.${communeCode}`;

/** The saved draft for this commune, or null. Answers of another survey version are re-checked by the caller. */
export function loadDraft(storage: DeviceStorage, communeCode: string): Draft | null {
  try {
    const draft = JSON.parse(storage.getItem(draftKey(communeCode)) ?? "null") as Draft | null;
    if (!draft || typeof draft.answers !== "object" || draft.answers === null) return null;
    return draft;
  } catch {
    return null;
  }
}

/** Save the draft; a full or missing storage only loses the resume feature, never the session. */
export function saveDraft(storage: DeviceStorage, draft: Draft): void {
  try {
    storage.setItem(draftKey(draft.communeCode), JSON.stringify(draft));
  } catch {
    // keep going in memory
  }
}

export function clearDraft(storage: DeviceStorage, communeCode: string): void {
  try {
    storage.removeItem(draftKey(communeCode));
  } catch {
    // nothing to do
  }
}
