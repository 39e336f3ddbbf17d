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

/**
 * One HTTP call to Zalo: network failures, timeouts and non-JSON answers become ZaloNetworkError; a JSON
 * body with a non-zero `error` becomes ZaloApiError (whatever the HTTP status); returns the body otherwise.
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
  const body = await readJson(response, endpoint);
  const code = Number(body.error ?? 0);
  if (code !== 0 || Number.isNaN(code)) {
    const message = String(body.message ?? body.error_description ?? body.error_name ?? "no message");
    throw new ZaloApiError(Number.isNaN(code) ? -1 : code, endpoint, message);
  }
  if (response.status >= 500)
    throw new ZaloNetworkError(endpoint, `HTTP ${response.status}`, response.status);
  if (response.status >= 400) throw new ZaloApiError(response.status, endpoint, `HTTP ${response.status}`);
  return body;
}
