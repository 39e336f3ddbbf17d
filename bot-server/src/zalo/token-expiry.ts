import { eq } from "drizzle-orm";
import { OA_TOKEN_WARNING_DAYS, localDateOf, oaTokenExpiryWarning } from "@pks02/shared";
import type { AppContext } from "../context";
import { enqueue } from "../outbox/outbox-repository";
import { zaloOaTokens } from "./schema";

// Zalo's OA refresh token lasts about three months from when it was issued; each refresh issues a new one,
// so the clock restarts at the row's last update (the first start, for the pair given in the environment).
export const REFRESH_TOKEN_LIFETIME_DAYS = 90;
const DAY_MS = 86_400_000;

/** Days left before the stored OA refresh token expires; undefined without the real group or a stored pair. */
export async function refreshTokenDaysLeft(ctx: AppContext): Promise<number | undefined> {
  if (ctx.config.zaloGroup.mode !== "zalo") return undefined;
  const [row] = await ctx.db
    .select({ refreshToken: zaloOaTokens.refreshToken, updatedAt: zaloOaTokens.updatedAt })
    .from(zaloOaTokens)
    .where(eq(zaloOaTokens.id, 1));
  if (!row?.refreshToken) return undefined;
  const expiresAt = row.updatedAt.getTime() + REFRESH_TOKEN_LIFETIME_DAYS * DAY_MS;
  return (expiresAt - ctx.now().getTime()) / DAY_MS;
}

/**
 * From two weeks before the OA refresh token expires, the morning post warns the admins in the group, once a
 * day (the batch key holds the date, so several processes queue it once).
 */
export async function warnIfOaTokenExpiring(ctx: AppContext): Promise<boolean> {
  const daysLeft = await refreshTokenDaysLeft(ctx);
  if (daysLeft === undefined || daysLeft > OA_TOKEN_WARNING_DAYS) return false;
  const now = ctx.now();
  const expiry = localDateOf(new Date(now.getTime() + Math.max(0, daysLeft) * DAY_MS));
  const text = oaTokenExpiryWarning(daysLeft, expiry);
  await enqueue(ctx.db, `oa-token-expiry:${localDateOf(now)}`, [{ kind: "text", text }], now);
  ctx.logger.warn(
    { daysLeft: Math.floor(daysLeft) },
    "OA refresh token expires soon: admins warned in the group",
  );
  return true;
}
