import type { AppContext } from "../context";
import type { ZaloGroupConfig } from "../config";
import type { GroupScope, GroupTransport } from "../outbox/transport";
import { ZaloApiError, zaloFailureOf } from "./errors";
import type { ZaloHttpOptions } from "./http";
import { OaClient } from "./oa-client";
import { currentAccessToken, refreshAccessToken, type TokenSettings } from "./token-store";

type ZaloMode = Extract<ZaloGroupConfig, { mode: "zalo" }>;

/** Count a failed call in the metrics (by kind and endpoint), then let it go on. */
function countZaloFailure(ctx: AppContext, error: unknown): void {
  const failure = zaloFailureOf(error);
  if (failure) ctx.metrics.zaloErrors.inc(failure);
}

/** Run an OA call with the current access token; on -216 refresh once and retry once. */
function withOaToken(ctx: AppContext, settings: TokenSettings) {
  return async <T>(call: (accessToken: string) => Promise<T>): Promise<T> => {
    const token = await currentAccessToken(ctx, settings);
    try {
      return await call(token);
    } catch (error) {
      if (!(error instanceof ZaloApiError && error.isInvalidToken)) throw error;
      countZaloFailure(ctx, error);
      ctx.logger.info("Zalo answered -216 (invalid access token): refreshing once");
      return call(await refreshAccessToken(ctx, settings, token));
    }
  };
}

/** The real group: posts through the OA Open API group feature (GMF). */
export function oaGroupTransport(
  ctx: AppContext,
  zalo: ZaloMode,
  http: ZaloHttpOptions = {},
): GroupTransport {
  const client = new OaClient({ apiBase: zalo.oaApiBase, ...http });
  const withToken = withOaToken(ctx, {
    oauthBase: zalo.oauthBase,
    appId: zalo.appId,
    appSecret: zalo.appSecret,
    initialAccessToken: zalo.initialAccessToken,
    initialRefreshToken: zalo.initialRefreshToken,
    ...http,
  });
  // A district with its own group gets its posts there; any other scope posts in the province group.
  const groupOf = (scope: GroupScope) => ctx.config.districtGroups.get(scope) ?? zalo.groupId;
  const counted = <T>(send: Promise<T>): Promise<T> =>
    send.catch((error: unknown) => {
      countZaloFailure(ctx, error);
      throw error;
    });
  return {
    kind: "zalo",
    sendText: (text, scope) =>
      counted(withToken((token) => client.sendGroupText(token, groupOf(scope), text))),
    sendImage: (image, scope) =>
      counted(
        (async () => {
          const attachmentId = await withToken((token) => client.uploadImage(token, image.data, image.type));
          return withToken((token) =>
            client.sendGroupImage(token, groupOf(scope), attachmentId, image.caption),
          );
        })(),
      ),
  };
}
