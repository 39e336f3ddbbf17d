import { randomInt } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { COMMUNES, DISTRICTS } from "@pks02/shared";
import type { Database } from "../db/database";
import { registrationCodes, registrationFailures } from "./schema";

export type RegistrationScope = "commune" | "district";

/** Six random digits (crypto): easy to type on a phone, a one-in-a-million guess. */
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/**
 * Give every commune and district of the registry a registration code for this survey, once: one INSERT …
 * ON CONFLICT DO NOTHING, so servers starting together agree on the codes the first one wrote.
 */
export async function ensureRegistrationCodes(db: Database, surveyId: string): Promise<void> {
  const rows = [
    ...COMMUNES.map((c) => ({ surveyId, scope: "commune" as const, unitCode: c.code, code: newCode() })),
    ...DISTRICTS.map((d) => ({ surveyId, scope: "district" as const, unitCode: d.code, code: newCode() })),
  ];
  await db.insert(registrationCodes).values(rows).onConflictDoNothing();
}

/** Every code of a survey, by scope and unit code. */
export async function loadRegistrationCodes(db: Database, surveyId: string): Promise<Map<string, string>> {
  const rows = await db.select().from(registrationCodes).where(eq(registrationCodes.surveyId, surveyId));
  return new Map(rows.map((r) => [`${r.scope}:${r.unitCode}`, r.code]));
}

/** Whether `code` is the unit's registration code for the survey (compared in the database). */
export async function isRegistrationCode(
  db: Database,
  key: { surveyId: string; scope: RegistrationScope; unitCode: string },
  code: string,
): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(registrationCodes)
    .where(
      and(
        eq(registrationCodes.surveyId, key.surveyId),
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
