import { ZaloApiError, ZaloNetworkError } from "./errors";

export type FetchLike = typeof fetch;

export interface ZaloHttpOptions {
  fetch?: FetchLike;
  /** Per request; Zalo normally answers within a second. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** A JSON object from Zalo's body; anything else is a network-level failure. */
async function readJson(response: Response, endpoint: string): Promise<Record<string, unknown>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ZaloNetworkError(endpoint, `HTTP ${response.status}, body is not JSON`, response.status);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ZaloNetworkError(endpoint, `HTTP ${response.status}, unexpected body`, response.status);
  }
  return body as Record<string, unknown>;
}

/** Zalo's refusal in a body: `{error: -216, message}` or `{error: {code, message}}`; undefined for none. */
function refusalOf(body: Record<string, unknown>, endpoint: string): ZaloApiError | undefined {
  const { error } = body;
  if (error === undefined || error === null || error === 0 || error === "0") return undefined;
  if (typeof error === "object") {
    const inner = error as { code?: unknown; message?: unknown };
    const code = Number(inner.code ?? -1);
    return new ZaloApiError(Number.isNaN(code) ? -1 : code, endpoint, String(inner.message ?? "no message"));
  }
  const code = Number(error);
  const message = String(body.message ?? body.error_description ?? body.error_name ?? "no message");
  return new ZaloApiError(Number.isNaN(code) ? -1 : code, endpoint, message);
}

/**
 * One HTTP call to Zalo: network failures, timeouts, 5xx answers and non-JSON answers become
 * ZaloNetworkError; a JSON body with a non-zero `error` (whatever the HTTP status below 500) or a 4xx
 * becomes ZaloApiError; returns the body otherwise.
 */
export async function callZalo(
  url: string,
  init: RequestInit,
  endpoint: string,
  options: ZaloHttpOptions = {},
): Promise<Record<string, unknown>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      ...init,
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ZaloNetworkError(endpoint, error instanceof Error ? error.message : String(error));
  }
  // Zalo unwell: whatever the body says, the request may succeed later.
  if (response.status >= 500)
    throw new ZaloNetworkError(endpoint, `HTTP ${response.status}`, response.status);
  const body = await readJson(response, endpoint);
  const refusal = refusalOf(body, endpoint);
  if (refusal) throw refusal;
  if (response.status >= 400) throw new ZaloApiError(response.status, endpoint, `HTTP ${response.status}`);
  return body;
}
