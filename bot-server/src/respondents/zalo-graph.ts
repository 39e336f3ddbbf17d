/**
 * The one client of Zalo's Graph API we use: who does a Mini App access token belong to?
 * `GET {base}/v2.0/me?fields=id&miniapp_id=<id>` (as zmp-sdk itself asks) with the token in the
 * `access_token` header and, when the app secret is known, `appsecret_proof` = HMAC-SHA256(app secret,
 * token) in hex, so a token stolen from another app cannot be replayed here. The base URL is injected so
 * tests talk to a fake server on 127.0.0.1.
 */
import { createHmac } from "node:crypto";

/** Zalo answered and refused the token (invalid, expired, revoked): the client must open the app again. */
export class ZaloGraphRefusal extends Error {
  constructor(
    readonly zaloCode: number | string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ZaloGraphRefusal";
  }
}

/** Zalo could not be asked (network, timeout, 5xx, unreadable answer): worth retrying later. */
export class ZaloGraphUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ZaloGraphUnavailable";
  }
}

export interface ZaloGraphClient {
  /** The Zalo user id the token belongs to; throws ZaloGraphRefusal or ZaloGraphUnavailable. */
  fetchUserId(accessToken: string): Promise<string>;
}

export interface ZaloGraphOptions {
  baseUrl: string;
  /** The Mini App the token was issued to (ZALO_MINI_APP_ID). */
  miniAppId?: string;
  /** ZALO_APP_SECRET: signs each call with appsecret_proof. */
  appSecret?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

type GraphBody = { id?: unknown; error?: unknown; message?: unknown };

/** Zalo reports errors either as `{error: -501, message}` or `{error: {code, message}}`, often with HTTP 200. */
function refusalOf(body: GraphBody): ZaloGraphRefusal | undefined {
  const { error } = body;
  if (error === undefined || error === null || error === 0) return undefined;
  if (typeof error === "object") {
    const { code, message } = error as { code?: number | string; message?: string };
    return new ZaloGraphRefusal(code, message ?? "Zalo refused the access token");
  }
  const message = typeof body.message === "string" ? body.message : "Zalo refused the access token";
  return new ZaloGraphRefusal(
    typeof error === "number" || typeof error === "string" ? error : undefined,
    message,
  );
}

async function readBody(response: Response): Promise<GraphBody> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== "object" || body === null) throw new Error("not an object");
    return body as GraphBody;
  } catch (cause) {
    throw new ZaloGraphUnavailable(`Zalo Graph answered HTTP ${response.status} without JSON`, { cause });
  }
}

/** The URL and headers of `GET /v2.0/me` for one token. */
function meRequest(options: ZaloGraphOptions, accessToken: string): [string, Record<string, string>] {
  const base = options.baseUrl.replace(/\/$/, "");
  const app = options.miniAppId ? `&miniapp_id=${encodeURIComponent(options.miniAppId)}` : "";
  const headers: Record<string, string> = { access_token: accessToken, accept: "application/json" };
  if (options.appSecret)
    headers.appsecret_proof = createHmac("sha256", options.appSecret).update(accessToken).digest("hex");
  return [`${base}/v2.0/me?fields=id${app}`, headers];
}

/** A Graph API client with a timeout (5 s by default). */
export function createZaloGraphClient(options: ZaloGraphOptions): ZaloGraphClient {
  const fetchImpl = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async fetchUserId(accessToken) {
      let response: Response;
      const [url, headers] = meRequest(options, accessToken);
      try {
        response = await fetchImpl(url, {
          headers,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (cause) {
        throw new ZaloGraphUnavailable(`Zalo Graph unreachable: ${(cause as Error).name}`, { cause });
      }
      if (response.status >= 500)
        throw new ZaloGraphUnavailable(`Zalo Graph answered HTTP ${response.status}`);
      const body = await readBody(response);
      const refusal = refusalOf(body);
      if (refusal) throw refusal;
      if (response.status >= 400)
        throw new ZaloGraphRefusal(response.status, `Zalo Graph answered HTTP ${response.status}`);
      if ((typeof body.id === "string" && body.id !== "") || typeof body.id === "number")
        return String(body.id);
      throw new ZaloGraphUnavailable("Zalo Graph answered without a user id");
    },
  };
}
