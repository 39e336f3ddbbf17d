import { z } from "zod";
import { callZalo, type ZaloHttpOptions } from "./http";
import { ZaloNetworkError } from "./errors";

export interface OAuthSettings extends ZaloHttpOptions {
  oauthBase: string;
  appId: string;
  appSecret: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds; Zalo sends it as a string ("90000" ≈ 25 h). */
  expiresIn: number;
}

const ZRefreshAnswer = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
});

/**
 * Spend a (single-use) refresh token for a new pair: POST /v4/oa/access_token, form-encoded, with the app
 * secret in the `secret_key` header. A used or expired refresh token is refused with -14020.
 */
export async function refreshOaToken(settings: OAuthSettings, refreshToken: string): Promise<TokenPair> {
  const endpoint = "oauth/access_token";
  const body = await callZalo(
    `${settings.oauthBase}/v4/oa/access_token`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", secret_key: settings.appSecret },
      body: new URLSearchParams({
        refresh_token: refreshToken,
        app_id: settings.appId,
        grant_type: "refresh_token",
      }),
    },
    endpoint,
    settings,
  );
  const parsed = ZRefreshAnswer.safeParse(body);
  if (!parsed.success)
    throw new ZaloNetworkError(endpoint, "token answer without access_token/refresh_token");
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token,
    expiresIn: parsed.data.expires_in,
  };
}
