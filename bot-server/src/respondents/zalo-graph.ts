import { createHmac } from "node:crypto";
import { callZalo, type ZaloHttpOptions } from "../zalo/http";
import { ZaloNetworkError } from "../zalo/errors";

/**
 * The one client of Zalo's Graph API we use: who does a Mini App access token belong to?
 * `GET {base}/v2.0/me?fields=id&miniapp_id=<id>` (as zmp-sdk itself asks) with the token in the
 * `access_token` header and, when the app secret is known, `appsecret_proof` = HMAC-SHA256(app secret,
 * token) in hex, so a token stolen from another app cannot be replayed here. Same HTTP helper and error
 * classes as the OA client: ZaloApiError when Zalo refuses the token (invalid, expired, revoked: the app
 * must be opened again), ZaloNetworkError when Zalo cannot be asked (worth retrying later).
 */
export interface ZaloGraphClient {
  /** The Zalo user id the token belongs to; throws ZaloApiError or ZaloNetworkError. */
  fetchUserId(accessToken: string): Promise<string>;
}

export interface ZaloGraphOptions extends ZaloHttpOptions {
  baseUrl: string;
  /** The Mini App the token was issued to (ZALO_MINI_APP_ID). */
  miniAppId?: string;
  /** ZALO_APP_SECRET: signs each call with appsecret_proof. */
  appSecret?: string;
}

const ENDPOINT = "graph/me";

/** The URL and headers of `GET /v2.0/me` for one token. */
function meRequest(options: ZaloGraphOptions, accessToken: string): [string, Record<string, string>] {
  const base = options.baseUrl.replace(/\/$/, "");
  const app = options.miniAppId ? `&miniapp_id=${encodeURIComponent(options.miniAppId)}` : "";
  const headers: Record<string, string> = { access_token: accessToken, accept: "application/json" };
  if (options.appSecret)
    headers.appsecret_proof = createHmac("sha256", options.appSecret).update(accessToken).digest("hex");
  return [`${base}/v2.0/me?fields=id${app}`, headers];
}

/** A Graph API client with a timeout (5 s by default: a resident is waiting). */
export function createZaloGraphClient(options: ZaloGraphOptions): ZaloGraphClient {
  const http = { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 5_000 };
  return {
    async fetchUserId(accessToken) {
      const [url, headers] = meRequest(options, accessToken);
      const body = await callZalo(url, { headers }, ENDPOINT, http);
      if ((typeof body.id === "string" && body.id !== "") || typeof body.id === "number")
        return String(body.id);
      throw new ZaloNetworkError(ENDPOINT, "answered without a user id");
    },
  };
}
