import { readdirSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import type { Readiness, ReadinessCheck } from "@pks02/shared";
import type { AppContext } from "../context";
import { queryRows } from "../db/database";
import { MIGRATIONS_DIR } from "../db/migrate";
import { zaloOaTokens } from "../zalo/schema";

/** The migration files this build ships, in the form migrate() records them. */
function shippedMigrations(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
}

async function pendingMigrations(ctx: AppContext, dir: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(ctx.db, sql`SELECT name FROM schema_migrations`);
  const applied = new Set(rows.map((r) => r.name));
  return shippedMigrations(dir).filter((name) => !applied.has(name));
}

/** The OA token: usable now, or refreshable (expired, with a refresh token and the app secret to spend it). */
async function zaloTokenCheck(ctx: AppContext): Promise<ReadinessCheck> {
  const zalo = ctx.config.zaloGroup;
  if (zalo.mode !== "zalo") return "not-used";
  const [row] = await ctx.db.select().from(zaloOaTokens).where(eq(zaloOaTokens.id, 1));
  if (!row) return zalo.initialAccessToken || zalo.initialRefreshToken ? "ok" : "missing";
  const live = row.accessToken !== "" && (!row.expiresAt || row.expiresAt > ctx.now());
  if (live) return "ok";
  return row.refreshToken && zalo.appSecret ? "ok" : "expired";
}

/** Database, migrations and Zalo token; a database that does not answer makes the other two unknowable. */
export async function checkReadiness(ctx: AppContext, dir: string = MIGRATIONS_DIR): Promise<Readiness> {
  try {
    const pending = await pendingMigrations(ctx, dir);
    const checks = {
      database: "ok" as const,
      migrations: pending.length === 0 ? ("ok" as const) : ("pending" as const),
      zaloToken: await zaloTokenCheck(ctx),
    };
    const ready = checks.migrations === "ok" && ["ok", "not-used"].includes(checks.zaloToken);
    return {
      status: ready ? "ready" : "not-ready",
      checks,
      ...(pending.length > 0 ? { pendingMigrations: pending } : {}),
    };
  } catch (error) {
    ctx.logger.warn({ err: error }, "readiness check: database unavailable");
    return {
      status: "not-ready",
      checks: { database: "unavailable", migrations: "unavailable", zaloToken: "unavailable" },
    };
  }
}
