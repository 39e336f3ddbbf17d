import { callZalo, type ZaloHttpOptions } from "../zalo/http";
import { ZaloNetworkError } from "../zalo/errors";

/**
 * The one client of Zalo's Graph API we use: who does a Mini App access token belong to?
 * `GET {base}/v2.0/me?fields=id` with the token in the `access_token` header. Same HTTP helper and error
 * classes as the OA client: ZaloApiError when Zalo refuses the token (invalid, expired, revoked: the app
 * must be opened again), ZaloNetworkError when Zalo cannot be asked (worth retrying later).
 */
export interface ZaloGraphClient {
  /** The Zalo user id the token belongs to; throws ZaloApiError or ZaloNetworkError. */
  fetchUserId(accessToken: string): Promise<string>;
}

export interface ZaloGraphOptions extends ZaloHttpOptions {
  baseUrl: string;
}

const ENDPOINT = "graph/me";

/** A Graph API client with a timeout (5 s by default: a resident is waiting). */
export function createZaloGraphClient(options: ZaloGraphOptions): ZaloGraphClient {
  const base = options.baseUrl.replace(/\/$/, "");
  const http = { fetch: options.fetch, timeoutMs: options.timeoutMs ?? 5_000 };
  return {
    async fetchUserId(accessToken) {
      const body = await callZalo(
        `${base}/v2.0/me?fields=id`,
        { headers: { access_token: accessToken, accept: "application/json" } },
        ENDPOINT,
        http,
      );
      if ((typeof body.id === "string" && body.id !== "") || typeof body.id === "number")
        return String(body.id);
      throw new ZaloNetworkError(ENDPOINT, "answered without a user id");
    },
  };
}
