import { and, eq } from "drizzle-orm";
import type { Database } from "../db/database";
import { communeDayVisitChanges, communeDayVisits, type Helper } from "./schema";

export interface VisitCountReport {
  campaignId: string;
  communeCode: string;
  surveyDay: string;
  visits: number;
  /** Undefined keeps the helpers already reported for that day. */
  helpers?: Helper[];
  /** The day's helpers on the roster: what a first report without helpers records. */
  rosterHelpers?: Helper[];
  source: "api" | "zalo-group";
  reportedBy: string;
  at: Date;
}

export interface SavedVisitCount {
  previousVisits: number | null;
  changed: boolean;
}

const sameHelpers = (a: Helper[], b: Helper[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replace a commune's count for one day and append the change to the history, in one transaction.
 * The first report is an INSERT … ON CONFLICT DO NOTHING, so two first reports at once cannot both
 * believe there was no previous value: the loser waits, then reads and updates the winner's row locked.
 */
export async function saveVisitCount(db: Database, report: VisitCountReport): Promise<SavedVisitCount> {
  const { campaignId, communeCode, surveyDay, visits, source, reportedBy, at } = report;
  return db.transaction(async (tx) => {
    const helpers = report.helpers ?? report.rosterHelpers ?? [];
    const inserted = await tx
      .insert(communeDayVisits)
      .values({ campaignId, communeCode, surveyDay, visits, helpers, source, reportedBy, updatedAt: at })
      .onConflictDoNothing()
      .returning({ visits: communeDayVisits.visits });
    if (inserted.length > 0) {
      await tx.insert(communeDayVisitChanges).values({
        campaignId,
        communeCode,
        surveyDay,
        previousVisits: null,
        visits,
        helpers,
        source,
        reportedBy,
        changedAt: at,
      });
      return { previousVisits: null, changed: true };
    }
    const key = and(
      eq(communeDayVisits.campaignId, campaignId),
      eq(communeDayVisits.communeCode, communeCode),
      eq(communeDayVisits.surveyDay, surveyDay),
    );
    const [current] = await tx.select().from(communeDayVisits).where(key).for("update");
    if (!current) throw new Error(`visit count of ${communeCode} on ${surveyDay} vanished`);
    const nextHelpers = report.helpers ?? current.helpers;
    if (current.visits === visits && sameHelpers(current.helpers, nextHelpers)) {
      return { previousVisits: current.visits, changed: false };
    }
    await tx
      .update(communeDayVisits)
      .set({ visits, helpers: nextHelpers, source, reportedBy, updatedAt: at })
      .where(key);
    await tx.insert(communeDayVisitChanges).values({
      campaignId,
      communeCode,
      surveyDay,
      previousVisits: current.visits,
      visits,
      helpers: nextHelpers,
      source,
      reportedBy,
      changedAt: at,
    });
    return { previousVisits: current.visits, changed: true };
  });
}

export interface VisitCountChange {
  previousVisits: number | null;
  visits: number;
  helpers: Helper[];
  source: string;
  reportedBy: string;
  changedAt: Date;
}

const changeColumns = {
  previousVisits: communeDayVisitChanges.previousVisits,
  visits: communeDayVisitChanges.visits,
  helpers: communeDayVisitChanges.helpers,
  source: communeDayVisitChanges.source,
  reportedBy: communeDayVisitChanges.reportedBy,
  changedAt: communeDayVisitChanges.changedAt,
};

/** The history of one commune's count for one day of a campaign, oldest first. */
export async function listVisitCountChanges(
  db: Database,
  campaignId: string,
  communeCode: string,
  surveyDay: string,
): Promise<VisitCountChange[]> {
  return db
    .select(changeColumns)
    .from(communeDayVisitChanges)
    .where(
      and(
        eq(communeDayVisitChanges.campaignId, campaignId),
        eq(communeDayVisitChanges.communeCode, communeCode),
        eq(communeDayVisitChanges.surveyDay, surveyDay),
      ),
    )
    .orderBy(communeDayVisitChanges.id);
}

/** The history of one commune's counts over a campaign's days, oldest first (one query for the commune's page). */
export async function listCommuneVisitChanges(
  db: Database,
  campaignId: string,
  communeCode: string,
): Promise<(VisitCountChange & { surveyDay: string })[]> {
  return db
    .select({ ...changeColumns, surveyDay: communeDayVisitChanges.surveyDay })
    .from(communeDayVisitChanges)
    .where(
      and(
        eq(communeDayVisitChanges.campaignId, campaignId),
        eq(communeDayVisitChanges.communeCode, communeCode),
      ),
    )
    .orderBy(communeDayVisitChanges.id);
}
