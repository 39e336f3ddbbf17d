import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { findCommune, supervisorDistrict, type Roster, type RosterHelper } from "@pks02/shared";
import type { Database } from "../db/database";
import { rosterHelpers, rosterSupervisors } from "./schema";

/** The part of a campaign's roster an upload replaces: one district, or (null) the whole province. */
export interface RosterPart {
  campaignId: string;
  districtCode: string | null;
}

const INSERT_CHUNK = 1000; // 13 parameters a row stays far below PostgreSQL's 65,535

const districtOf = (helper: RosterHelper) => findCommune(helper.communeCode)!.districtCode;

function helperScope(part: RosterPart): SQL | undefined {
  const campaign = eq(rosterHelpers.campaignId, part.campaignId);
  return part.districtCode === null
    ? campaign
    : and(campaign, eq(rosterHelpers.districtCode, part.districtCode));
}

function supervisorScope(part: RosterPart): SQL | undefined {
  const campaign = eq(rosterSupervisors.campaignId, part.campaignId);
  return part.districtCode === null
    ? campaign
    : and(campaign, eq(rosterSupervisors.districtCode, part.districtCode));
}

/** Helpers matching a condition, district by district in workbook order. */
export async function selectHelpers(db: Database, where: SQL | undefined): Promise<RosterHelper[]> {
  return db
    .select({
      communeCode: rosterHelpers.communeCode,
      date: rosterHelpers.surveyDay,
      shift: rosterHelpers.shift,
      name: rosterHelpers.name,
      role: rosterHelpers.role,
      unit: rosterHelpers.unit,
      phone: rosterHelpers.phone,
    })
    .from(rosterHelpers)
    .where(where)
    .orderBy(asc(rosterHelpers.districtCode), asc(rosterHelpers.rowOrder));
}

/** Supervisors matching a condition: province-wide ones first, then district by district. */
async function selectSupervisors(db: Database, where: SQL | undefined): Promise<Roster["supervisors"]> {
  return db
    .select({
      name: rosterSupervisors.name,
      title: rosterSupervisors.title,
      unit: rosterSupervisors.unit,
      scope: rosterSupervisors.scope,
      days: rosterSupervisors.surveyDays,
    })
    .from(rosterSupervisors)
    .where(where)
    .orderBy(sql`${rosterSupervisors.districtCode} NULLS FIRST`, asc(rosterSupervisors.rowOrder));
}

/** The roster rows a part owns, in the order an export writes them back. */
export async function loadRoster(db: Database, part: RosterPart): Promise<Roster> {
  return {
    helpers: await selectHelpers(db, helperScope(part)),
    supervisors: await selectSupervisors(db, supervisorScope(part)),
  };
}

/** The roster in the order loadRoster returns it: province-wide supervisors first, then by district. */
function inStoredOrder(roster: Roster): Roster {
  const key = (code: string | null) => code ?? "";
  return {
    helpers: [...roster.helpers].sort((a, b) => key(districtOf(a)).localeCompare(key(districtOf(b)))),
    supervisors: [...roster.supervisors].sort((a, b) =>
      key(supervisorDistrict(a)).localeCompare(key(supervisorDistrict(b))),
    ),
  };
}

async function insertRoster(db: Database, part: RosterPart, roster: Roster, by: string, at: Date) {
  const common = { campaignId: part.campaignId, uploadedBy: by, uploadedAt: at };
  const helperRows = roster.helpers.map((h, i) => ({
    ...common,
    districtCode: districtOf(h),
    rowOrder: i,
    communeCode: h.communeCode,
    surveyDay: h.date,
    shift: h.shift,
    name: h.name,
    role: h.role,
    unit: h.unit,
    phone: h.phone,
  }));
  for (let i = 0; i < helperRows.length; i += INSERT_CHUNK)
    await db.insert(rosterHelpers).values(helperRows.slice(i, i + INSERT_CHUNK));
  const supervisorRows = roster.supervisors.map((s, i) => {
    const { days, ...rest } = s;
    return { ...common, ...rest, surveyDays: days, districtCode: supervisorDistrict(s), rowOrder: i };
  });
  if (supervisorRows.length > 0) await db.insert(rosterSupervisors).values(supervisorRows);
}

/**
 * Replace a part of the roster by an upload's rows, in one transaction under a lock per campaign (two
 * uploads at once apply one after the other). The same rows again change nothing: `changed` is false.
 */
export async function replaceRoster(
  db: Database,
  part: RosterPart,
  roster: Roster,
  upload: { by: string; at: Date },
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`roster:${part.campaignId}`}))`);
    const current = await loadRoster(tx, part);
    const next = inStoredOrder(roster);
    if (JSON.stringify(current) === JSON.stringify(next)) return { changed: false };
    await tx.delete(rosterHelpers).where(helperScope(part));
    await tx.delete(rosterSupervisors).where(supervisorScope(part));
    await insertRoster(tx, part, next, upload.by, upload.at);
    return { changed: true };
  });
}

/** The communes that have at least one helper on the campaign's roster. */
export async function communesWithRoster(db: Database, campaignId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ code: rosterHelpers.communeCode })
    .from(rosterHelpers)
    .where(eq(rosterHelpers.campaignId, campaignId));
  return new Set(rows.map((r) => r.code));
}

/** Every supervisor of the campaign, province-wide ones included (for notices). */
export function allSupervisors(db: Database, campaignId: string): Promise<Roster["supervisors"]> {
  return selectSupervisors(db, eq(rosterSupervisors.campaignId, campaignId));
}

/** The helpers on the roster for one day (all units, or one), in workbook order. */
export function helpersOfDay(
  db: Database,
  campaignId: string,
  date: string,
  communeCode?: string,
): Promise<RosterHelper[]> {
  const day = and(eq(rosterHelpers.campaignId, campaignId), eq(rosterHelpers.surveyDay, date));
  return selectHelpers(db, communeCode ? and(day, eq(rosterHelpers.communeCode, communeCode)) : day);
}

/** The helpers on the roster for some days (all units, or one district's), in workbook order. */
export function helpersOfDays(
  db: Database,
  campaignId: string,
  days: readonly string[],
  districtCode: string | null,
): Promise<RosterHelper[]> {
  if (days.length === 0) return Promise.resolve([]);
  const inDays = and(eq(rosterHelpers.campaignId, campaignId), inArray(rosterHelpers.surveyDay, [...days]));
  return selectHelpers(
    db,
    districtCode === null ? inDays : and(inDays, eq(rosterHelpers.districtCode, districtCode)),
  );
}
