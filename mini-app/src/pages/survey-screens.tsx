import { lazy, Suspense, useState, type ComponentType } from "react";
import { LoadingScreen } from "../components/loading-screen";

// The greeting is all the first screen needs. The screens after it are fetched as soon as the greeting can be
// used (prefetchSurveyScreens), while the resident reads it: on weak 3G the first screen comes sooner, and
// "Bắt đầu trả lời" still opens the questions at once.

const RETRY_DELAYS_MS = [2000, 5000, 10_000, 20_000];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetch a module, trying again a few times when the connection drops. */
async function withRetries<T>(load: () => Promise<T>): Promise<T> {
  for (const delayMs of RETRY_DELAYS_MS) {
    try {
      return await load();
    } catch {
      await wait(delayMs);
    }
  }
  return load();
}

/**
 * A screen fetched once, on its first use or when prefetched. A fetch that failed for good is started over on
 * the next use. Once it has arrived the screen is drawn at once, without a moment of the loading screen.
 */
function lazyScreen(load: () => Promise<{ default: ComponentType }>) {
  let arrived: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const fetchScreen = () => {
    loading ??= withRetries(load).then(
      (module) => {
        arrived = module.default;
        return module;
      },
      (failure: unknown) => {
        loading = null;
        throw failure;
      },
    );
    return loading;
  };
  const Lazy = lazy(fetchScreen);
  function LazyScreen() {
    // Chosen once per mount: switching from the lazy one to the arrived one would draw the screen anew.
    const [Arrived] = useState(() => arrived);
    if (Arrived) return <Arrived />;
    return (
      <Suspense fallback={<LoadingScreen />}>
        <Lazy />
      </Suspense>
    );
  }
  return { LazyScreen, prefetch: () => void fetchScreen().catch(() => undefined) };
}

const questions = lazyScreen(() => import("./questions"));
const review = lazyScreen(() => import("./review"));
const sent = lazyScreen(() => import("./sent"));

export const QuestionsScreen = questions.LazyScreen;
export const ReviewScreen = review.LazyScreen;
export const SentScreen = sent.LazyScreen;

/** Fetch the screens after the greeting, once it can be used. */
export function prefetchSurveyScreens(): void {
  for (const screen of [questions, review, sent]) screen.prefetch();
}
