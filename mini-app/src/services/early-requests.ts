// The survey and the commune, asked for before the app's script has arrived (see src/early.ts): on weak 3G that
// script takes seconds, and the first screen waits for both replies after it. The API client takes these replies
// instead of asking again (createApiClient's `earlyReplies`), by URL: the paths here must stay the ones it builds
// (early-requests.test.ts checks them against it).

/** Replies already on their way, by URL. */
export type EarlyReplies = Map<string, Promise<Response>>;

declare global {
  var PKS02_EARLY_REPLIES: EarlyReplies | undefined;
}

/** As long as the API client waits for an answer. */
const TIMEOUT_MS = 20_000;
const COMMUNE_CODE = /^\d{5}$/;

/** The GETs the first screen needs for a QR link's query string; none when it names no valid commune. */
export function earlyRequestPaths(search: string): string[] {
  const params: Record<string, string | undefined> = Object.fromEntries(new URLSearchParams(search));
  const communeCode = params.commune?.trim();
  if (!communeCode || !COMMUNE_CODE.test(communeCode)) return [];
  const campaignId = params.campaign?.trim();
  const query = campaignId ? `?campaign=${encodeURIComponent(campaignId)}` : "";
  return [`/api/survey${query}`, `/api/communes/${encodeURIComponent(communeCode)}${query}`];
}

/** Start the first screen's GETs now; the app takes them from `globalThis.PKS02_EARLY_REPLIES`. */
export function startEarlyRequests(
  apiBase: string,
  search: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
): void {
  const replies: EarlyReplies = new Map();
  for (const path of earlyRequestPaths(search)) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    const reply = fetchImpl(`${apiBase}${path}`, { signal: controller.signal });
    reply.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    replies.set(`${apiBase}${path}`, reply);
  }
  globalThis.PKS02_EARLY_REPLIES = replies;
}
