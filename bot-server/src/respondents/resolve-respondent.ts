import { createHmac } from "node:crypto";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { ZaloApiError } from "../zalo/errors";
import { createZaloGraphClient, type ZaloGraphClient } from "./zalo-graph";

export type IdentityKind = "zalo" | "device";

/** An anonymous respondent: only a keyed hash of their Zalo user id or device id, never the id itself. */
export interface Respondent {
  key: string;
  kind: IdentityKind;
}

/** What the client sent to identify itself (the X-Zalo-Access-Token and X-Device-Id headers). */
export interface IdentityHeaders {
  zaloAccessToken?: string;
  deviceId?: string;
}

/** A device id the Mini App generated and kept (a UUID today): 16–128 URL-safe characters. */
const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const ACCESS_TOKEN_PATTERN = /^[\x21-\x7e]{8,2048}$/;

/**
 * HMAC-SHA256(secret, "<kind>:<raw id>") as hex. The kind prefix keeps a device id and a Zalo id that
 * happen to be equal apart; the secret makes the hash useless to anyone who reads the database.
 */
export function respondentKey(secret: string, kind: IdentityKind, rawId: string): string {
  return createHmac("sha256", secret).update(`${kind}:${rawId}`, "utf8").digest("hex");
}

async function zaloRespondent(
  ctx: AppContext,
  token: string | undefined,
  graph: ZaloGraphClient,
): Promise<Respondent> {
  if (!token || !ACCESS_TOKEN_PATTERN.test(token)) throw new AppError("ZALO_TOKEN_INVALID");
  try {
    const userId = await graph.fetchUserId(token);
    return { key: respondentKey(ctx.config.respondentHashSecret, "zalo", userId), kind: "zalo" };
  } catch (error) {
    if (error instanceof ZaloApiError) throw new AppError("ZALO_TOKEN_INVALID");
    ctx.logger.warn({ err: error }, "Zalo Graph API unavailable: respondent not verified");
    throw new AppError("ZALO_UNAVAILABLE");
  }
}

/**
 * Who is answering, anonymously. With a Mini App id configured, only a Zalo access token verified by
 * Zalo's Graph API is accepted (401 ZALO_TOKEN_INVALID otherwise; 503 ZALO_UNAVAILABLE when Zalo can't be
 * asked). Without one (the local default, browsers), the client's device id (400 RESPONDENT_UNKNOWN when
 * missing or malformed).
 */
export async function resolveRespondent(
  ctx: AppContext,
  headers: IdentityHeaders,
  graph: ZaloGraphClient = createZaloGraphClient({ baseUrl: ctx.config.zaloGraphApiBase }),
): Promise<Respondent> {
  if (ctx.config.zaloMiniAppId) return zaloRespondent(ctx, headers.zaloAccessToken?.trim(), graph);
  const deviceId = headers.deviceId?.trim();
  if (!deviceId || !DEVICE_ID_PATTERN.test(deviceId)) throw new AppError("RESPONDENT_UNKNOWN");
  return { key: respondentKey(ctx.config.respondentHashSecret, "device", deviceId), kind: "device" };
}
