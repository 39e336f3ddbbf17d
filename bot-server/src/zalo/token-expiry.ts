import { eq } from "drizzle-orm";
import type { AppContext } from "../context";
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
