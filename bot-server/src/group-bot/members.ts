import { createHmac } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { findCatalogParent, findCatalogUnit, type Commune, type ParentUnit } from "@pks02/shared";
import type { AppConfig } from "../config";
import type { AppContext } from "../context";
import type { Database } from "../db/database";
import { groupMemberChanges, groupMembers } from "./schema";

/**
 * A registered member: a commune task-team member (of a unit with a district, or of a registry without
 * districts), or a district steering-committee member. Units are looked up in every campaign's registry.
 */
export type Member =
  | { key: string; role: "commune"; commune: Commune; district: ParentUnit | null }
  | { key: string; role: "district"; district: ParentUnit };

/**
 * The member's key: HMAC-SHA256 of the Zalo user id under a key derived from the respondent hash secret
 * (a separate purpose, so a member key never equals a respondent key). The raw id is never stored.
 */
export function memberKeyOf(config: Pick<AppConfig, "respondentHashSecret">, senderId: string): string {
  const key = createHmac("sha256", config.respondentHashSecret).update("pks02:group-member-key").digest();
  return createHmac("sha256", key).update(senderId, "utf8").digest("hex");
}

/** The member registered under this key, or undefined (also when no campaign lists their unit any more). */
export async function findMember(
  ctx: Pick<AppContext, "db" | "config">,
  memberKey: string,
): Promise<Member | undefined> {
  const [row] = await ctx.db.select().from(groupMembers).where(eq(groupMembers.memberKey, memberKey));
  if (!row) return undefined;
  const { campaigns } = ctx.config;
  const district =
    row.districtCode === null ? null : (findCatalogParent(campaigns, row.districtCode) ?? null);
  if (row.role === "district")
    return district ? { key: row.memberKey, role: "district", district } : undefined;
  const commune = findCatalogUnit(campaigns, row.communeCode ?? "");
  return commune ? { key: row.memberKey, role: "commune", commune, district } : undefined;
}

/** Register (or re-register: a member may move) for a commune or a district; the change is kept. */
export async function saveMember(
  db: Database,
  registration: { memberKey: string; communeCode?: string; districtCode: string | null; at: Date },
): Promise<void> {
  const values = {
    memberKey: registration.memberKey,
    role: registration.communeCode ? ("commune" as const) : ("district" as const),
    communeCode: registration.communeCode ?? null,
    districtCode: registration.districtCode,
    registeredAt: registration.at,
  };
  const { memberKey: _key, ...changes } = values;
  await db.transaction(async (tx) => {
    await tx
      .insert(groupMembers)
      .values(values)
      .onConflictDoUpdate({ target: groupMembers.memberKey, set: changes });
    await tx
      .insert(groupMemberChanges)
      .values(changeOf(values, "registered", values.memberKey, registration.at));
  });
}

/** How a registration is named to people: "Xã Song Mai", "Ban Chỉ đạo Huyện Yên Thế". */
export function registrationName(member: Member | undefined): string | undefined {
  if (!member) return undefined;
  return member.role === "commune" ? member.commune.name : `Ban Chỉ đạo ${member.district.name}`;
}

/** A member's stored registration, as the district's list shows it. */
export type MemberRow = typeof groupMembers.$inferSelect;

/** The district's registered members (its communes' task teams and its steering committee), oldest first. */
export async function membersOfDistrict(db: Database, districtCode: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(groupMembers)
    .where(eq(groupMembers.districtCode, districtCode))
    .orderBy(asc(groupMembers.registeredAt));
}

/** The history row of a registration or removal. */
function changeOf(
  row: Omit<MemberRow, "registeredAt">,
  action: "registered" | "removed",
  by: string,
  at: Date,
) {
  return {
    memberKey: row.memberKey,
    action,
    role: row.role,
    communeCode: row.communeCode,
    districtCode: row.districtCode,
    changedBy: `zalo:${by}`,
    changedAt: at,
  };
}

/** Remove a member; the removal is kept with who made it. */
export async function deleteMember(
  db: Database,
  row: MemberRow,
  change: { by: string; at: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(groupMembers).where(eq(groupMembers.memberKey, row.memberKey));
    await tx.insert(groupMemberChanges).values(changeOf(row, "removed", change.by, change.at));
  });
}
