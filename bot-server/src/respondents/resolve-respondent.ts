import { createHmac } from "node:crypto";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { ZaloApiError, zaloFailureOf } from "../zalo/errors";
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
const GRAPH_ENDPOINT = "graph/me";
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
    // Counted by kind (refused, network) and endpoint; an error of no Zalo kind counts as unreachable.
    ctx.metrics.zaloErrors.inc(zaloFailureOf(error) ?? { kind: "network", endpoint: GRAPH_ENDPOINT });
    if (error instanceof ZaloApiError) throw new AppError("ZALO_TOKEN_INVALID");
    ctx.logger.warn({ err: error }, "Zalo Graph API unavailable: respondent not verified");
    throw new AppError("ZALO_UNAVAILABLE");
  }
}

const graphClientOf = (ctx: AppContext) =>
  createZaloGraphClient({
    baseUrl: ctx.config.zaloGraphApiBase,
    miniAppId: ctx.config.zaloMiniAppId,
    appSecret: ctx.config.zaloAppSecret,
  });

function deviceRespondent(ctx: AppContext, deviceId: string | undefined): Respondent {
  if (!deviceId || !DEVICE_ID_PATTERN.test(deviceId)) throw new AppError("RESPONDENT_UNKNOWN");
  return { key: respondentKey(ctx.config.respondentHashSecret, "device", deviceId), kind: "device" };
}

/**
 * Who is answering, anonymously. With a Mini App id configured, a Zalo access token verified by Zalo's
 * Graph API (401 ZALO_TOKEN_INVALID; 503 ZALO_UNAVAILABLE when Zalo can't be asked). A device id proves
 * nothing — anyone can send a fresh one per request — so it is taken only where device ids are allowed
 * (the local default, or ALLOW_DEVICE_IDS=true), else 401 DEVICE_ID_REFUSED; a missing or malformed one is
 * 400 RESPONDENT_UNKNOWN.
 */
export async function resolveRespondent(
  ctx: AppContext,
  headers: IdentityHeaders,
  graph: ZaloGraphClient = graphClientOf(ctx),
): Promise<Respondent> {
  const token = headers.zaloAccessToken?.trim();
  const deviceId = headers.deviceId?.trim();
  if (ctx.config.zaloMiniAppId && (token || !deviceId)) return zaloRespondent(ctx, token, graph);
  if (!ctx.config.allowDeviceIds) throw new AppError("DEVICE_ID_REFUSED");
  return deviceRespondent(ctx, deviceId);
}
