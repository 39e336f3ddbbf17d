import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../db/database";
import { photoReports } from "./schema";

export interface PhotoReport {
  eventKey: string;
  campaignId: string;
  communeCode: string;
  surveyDay: string;
  memberKey: string;
  imageUrl: string;
  thumbnailUrl?: string;
  receivedAt: Date;
}

/** Keep a photo report; returns whether it is the commune's first photo of that day in its campaign. */
export async function savePhotoReport(db: Database, report: PhotoReport): Promise<{ firstOfDay: boolean }> {
  return db.transaction(async (tx) => {
    const [earlier] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(photoReports)
      .where(
        and(
          eq(photoReports.campaignId, report.campaignId),
          eq(photoReports.communeCode, report.communeCode),
          eq(photoReports.surveyDay, report.surveyDay),
        ),
      );
    await tx
      .insert(photoReports)
      .values({ ...report, thumbnailUrl: report.thumbnailUrl ?? null })
      .onConflictDoNothing();
    return { firstOfDay: (earlier?.n ?? 0) === 0 };
  });
}
