import {
  ZApiError,
  ZCommuneInfo,
  ZResponseReceipt,
  ZSurveyInfo,
  type CommuneInfo,
  type ResponseInput,
  type ResponseReceipt,
  type SurveyInfo,
} from "@pks02/shared";
import type * as z from "zod/mini";
import type { EarlyReplies } from "./early-requests";

/** The request never got an answer (offline, timeout, DNS): worth retrying. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

/** The server answered with an error: `code` is the API's stable code, `message` is Vietnamese. */
export class ApiRefusal extends Error {
  override name = "ApiRefusal";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
  }

  /** 5xx and 429 are the server's trouble, not the submission's: retry them. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429;
  }
}

export type { CommuneInfo, SurveyInfo };

export interface ApiClient {
  /** The campaign the QR link named; undefined: the server's default campaign. */
  readonly campaignId?: string;
  getSurvey(): Promise<SurveyInfo>;
  getCommune(code: string): Promise<CommuneInfo>;
  postResponse(submission: ResponseInput, identityHeaders: Record<string, string>): Promise<ResponseReceipt>;
}

const TIMEOUT_MS = 20_000;
const FALLBACK_MESSAGE = "Hệ thống gặp lỗi. Xin thử lại sau.";

async function refusalOf(response: Response): Promise<ApiRefusal> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ZApiError.safeParse(body);
  if (!parsed.success) return new ApiRefusal(response.status, `HTTP_${response.status}`, FALLBACK_MESSAGE);
  const { code, message, details } = parsed.data.error;
  return new ApiRefusal(response.status, code, message, details ?? []);
}

/**
 * The API client for one campaign (`campaignId` from the link; undefined: the default one); `baseUrl` is ""
 * for the same origin (served at /app/ by the bot server). A GET whose reply is in `earlyReplies` (asked for
 * before the app's script arrived) takes that reply, once, instead of asking again.
 */
export function createApiClient(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch.bind(window),
  campaignId?: string,
  earlyReplies?: EarlyReplies,
): ApiClient {
  const campaignQuery = campaignId ? `?campaign=${encodeURIComponent(campaignId)}` : "";
  async function request(path: string, init: RequestInit = {}): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    const url = `${baseUrl}${path}`;
    const early = init.method === undefined ? earlyReplies?.get(url) : undefined;
    if (early) earlyReplies?.delete(url);
    let response: Response;
    try {
      response = await (early ?? fetchImpl(url, { ...init, signal: controller.signal }));
    } catch (cause) {
      throw new NetworkError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw await refusalOf(response);
    try {
      return await response.json();
    } catch (cause) {
      // A cut connection can truncate the body of a success: the server may have stored it, so retry.
      throw new NetworkError(cause instanceof Error ? cause.message : String(cause));
    }
  }

  /** A success whose body is not the contract's is the server's trouble: an ApiRefusal to retry. */
  async function requestParsed<T extends z.ZodMiniType>(schema: T, path: string): Promise<z.infer<T>> {
    const parsed = schema.safeParse(await request(path));
    if (parsed.success) return parsed.data;
    throw new ApiRefusal(502, "UNEXPECTED_REPLY", FALLBACK_MESSAGE);
  }

  return {
    campaignId,
    getSurvey: () => requestParsed(ZSurveyInfo, `/api/survey${campaignQuery}`),
    getCommune: (code) =>
      requestParsed(ZCommuneInfo, `/api/communes/${encodeURIComponent(code)}${campaignQuery}`),
    async postResponse(submission, identityHeaders) {
      const body = await request("/api/responses", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...identityHeaders },
        body: JSON.stringify(submission),
      });
      // A 2xx means the server has the submission: an odd body must not turn it into endless retries.
      const receipt = ZResponseReceipt.safeParse(body);
      return receipt.success
        ? receipt.data
        : { id: submission.submissionId, status: "accepted", receivedAt: new Date().toISOString() };
    },
  };
}
