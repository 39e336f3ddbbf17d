import { randomInt } from "node:crypto";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Campaign } from "@pks02/shared";
import type { Database } from "../db/database";
import { registrationCodes, registrationFailures } from "./schema";

export type RegistrationScope = "commune" | "district";

/** Six random digits (crypto): easy to type on a phone, a one-in-a-million guess. */
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/**
 * Give every unit and district of each campaign's registry a registration code for that campaign, once: one
 * INSERT … ON CONFLICT DO NOTHING a campaign, so servers starting together agree on the codes the first wrote.
 */
export async function ensureRegistrationCodes(db: Database, campaigns: readonly Campaign[]): Promise<void> {
  for (const { id: campaignId, units } of campaigns) {
    const rows = [
      ...units.units.map((c) => ({
        campaignId,
        scope: "commune" as const,
        unitCode: c.code,
        code: newCode(),
      })),
      ...units.parents.map((d) => ({
        campaignId,
        scope: "district" as const,
        unitCode: d.code,
        code: newCode(),
      })),
    ];
    await db.insert(registrationCodes).values(rows).onConflictDoNothing();
  }
}

/** Every code of a campaign, by scope and unit code. */
export async function loadRegistrationCodes(db: Database, campaignId: string): Promise<Map<string, string>> {
  const rows = await db.select().from(registrationCodes).where(eq(registrationCodes.campaignId, campaignId));
  return new Map(rows.map((r) => [`${r.scope}:${r.unitCode}`, r.code]));
}

/**
 * Whether `code` is the unit's registration code in one of the campaigns (those whose registry lists the unit),
 * compared in the database.
 */
export async function isRegistrationCode(
  db: Database,
  key: { campaignIds: readonly string[]; scope: RegistrationScope; unitCode: string },
  code: string,
): Promise<boolean> {
  if (key.campaignIds.length === 0) return false;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(registrationCodes)
    .where(
      and(
        inArray(registrationCodes.campaignId, [...key.campaignIds]),
        eq(registrationCodes.scope, key.scope),
        eq(registrationCodes.unitCode, key.unitCode),
        eq(registrationCodes.code, code),
      ),
    );
  return row !== undefined;
}

const HOUR = 3600_000;

/** How many wrong codes the member sent in the hour before `now`. */
export async function countRecentFailures(db: Database, memberKey: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrationFailures)
    .where(
      and(
        eq(registrationFailures.memberKey, memberKey),
        gt(registrationFailures.failedAt, new Date(now.getTime() - HOUR)),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Keep a wrong code's moment (not the code). */
export async function recordFailure(db: Database, memberKey: string, at: Date): Promise<void> {
  await db.insert(registrationFailures).values({ memberKey, failedAt: at });
}
