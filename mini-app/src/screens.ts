import { lazy } from "react";

// The greeting is all the first screen needs; the survey screens are separate chunks.
const loadQuestions = () => import("./pages/questions");
const loadReview = () => import("./pages/review");
const loadSent = () => import("./pages/sent");

export const QuestionsPage = lazy(loadQuestions);
export const ReviewPage = lazy(loadReview);
export const SentPage = lazy(loadSent);

/** Fetch the survey screens' code in the background once the greeting is up, so "Bắt đầu" is instant. */
export function prefetchScreens(): void {
  void Promise.all([loadQuestions(), loadReview(), loadSent()]).catch(() => undefined);
}
