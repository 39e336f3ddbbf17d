import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
import { ZaloApiError, ZaloAuthError } from "./errors";
import { refreshOaToken, type OAuthSettings } from "./oauth";
import { zaloOaTokens } from "./schema";

export interface TokenSettings extends Omit<OAuthSettings, "appSecret"> {
  appSecret?: string;
  initialAccessToken?: string;
  initialRefreshToken?: string;
}

// Refresh a little before Zalo's expiry so a send never starts with a token about to lapse.
const EXPIRY_MARGIN_MS = 5 * 60_000;
const ROW_ID = 1;

async function readRow(ctx: AppContext) {
  const [row] = await ctx.db.select().from(zaloOaTokens).where(eq(zaloOaTokens.id, ROW_ID));
  return row;
}

/** The first start copies ZALO_OA_ACCESS_TOKEN/ZALO_OA_REFRESH_TOKEN in; afterwards the database rules. */
async function seedInitialPair(ctx: AppContext, settings: TokenSettings): Promise<void> {
  if (!settings.initialAccessToken && !settings.initialRefreshToken) {
    throw new ZaloAuthError("no OA token: set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN");
  }
  await ctx.db
    .insert(zaloOaTokens)
    .values({
      id: ROW_ID,
      accessToken: settings.initialAccessToken ?? "",
      refreshToken: settings.initialRefreshToken ?? null,
      // Only a refresh token: treat the (empty) access token as expired so the first use refreshes.
      expiresAt: settings.initialAccessToken ? null : new Date(0),
      updatedAt: ctx.now(),
    })
    .onConflictDoNothing();
}

/** The access token to call the OA API with, refreshed first when it is known to be (nearly) expired. */
export async function currentAccessToken(ctx: AppContext, settings: TokenSettings): Promise<string> {
  let row = await readRow(ctx);
  if (!row) {
    await seedInitialPair(ctx, settings);
    row = await readRow(ctx);
  }
  if (!row) throw new ZaloAuthError("OA token row missing");
  if (row.expiresAt && row.expiresAt.getTime() - EXPIRY_MARGIN_MS <= ctx.now().getTime()) {
    return refreshAccessToken(ctx, settings, row.accessToken);
  }
  return row.accessToken;
}

/**
 * Replace `staleAccessToken` with a fresh pair. Under a row lock, so two processes never spend the same
 * single-use refresh token: whoever comes second finds the token already replaced and uses the new one.
 * The new pair is committed before anyone uses it.
 */
export async function refreshAccessToken(
  ctx: AppContext,
  settings: TokenSettings,
  staleAccessToken: string,
): Promise<string> {
  const { appSecret } = settings;
  if (!appSecret) throw new ZaloAuthError("ZALO_APP_SECRET not set: cannot refresh the OA access token");
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(zaloOaTokens).where(eq(zaloOaTokens.id, ROW_ID)).for("update");
    if (!row) throw new ZaloAuthError("OA token row missing");
    if (row.accessToken !== staleAccessToken) return row.accessToken;
    if (!row.refreshToken) throw new ZaloAuthError("no OA refresh token: authorise the OA again");
    const pair = await refreshOaToken({ ...settings, appSecret }, row.refreshToken).catch(
      (error: unknown) => {
        if (error instanceof ZaloApiError) {
          throw new ZaloAuthError(`OA refresh token refused (${error.code}): authorise the OA again`);
        }
        throw error;
      },
    );
    const now = ctx.now();
    await tx
      .update(zaloOaTokens)
      .set({
        accessToken: pair.accessToken,
        refreshToken: pair.refreshToken,
        expiresAt: new Date(now.getTime() + pair.expiresIn * 1000),
        updatedAt: now,
      })
      .where(eq(zaloOaTokens.id, ROW_ID));
    ctx.logger.info({ expiresInSeconds: pair.expiresIn }, "Zalo OA token refreshed");
    return pair.accessToken;
  });
}
