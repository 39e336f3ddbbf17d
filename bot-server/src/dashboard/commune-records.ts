import { sql } from "drizzle-orm";
import { queryRows, type Database } from "../db/database";

/** A photo report as the commune's page shows it (the image stays at Zalo; we keep its address). */
export interface CommunePhoto {
  surveyDay: string;
  imageUrl: string;
  thumbnailUrl: string | null;
  memberKey: string;
  receivedAt: Date;
}

/** A registered task-team member: known only by a keyed hash, so the page numbers them, never names them. */
export interface CommuneMember {
  memberKey: string;
  registeredAt: Date;
}

/**
 * The commune's photo reports of a campaign, newest first, and its registered members, oldest first (two small
 * queries).
 */
export async function loadCommuneRecords(
  db: Database,
  campaignId: string,
  communeCode: string,
): Promise<{ photos: CommunePhoto[]; members: CommuneMember[] }> {
  const [photos, members] = await Promise.all([
    queryRows<{
      day: string;
      image_url: string;
      thumbnail_url: string | null;
      member_key: string;
      received_at: Date;
    }>(
      db,
      sql`SELECT to_char(survey_day, 'YYYY-MM-DD') AS day, image_url, thumbnail_url, member_key, received_at
          FROM photo_reports WHERE campaign_id = ${campaignId} AND commune_code = ${communeCode}
          ORDER BY received_at DESC LIMIT 60`,
    ),
    queryRows<{ member_key: string; registered_at: Date }>(
      db,
      sql`SELECT member_key, registered_at FROM group_members
          WHERE role = 'commune' AND commune_code = ${communeCode} ORDER BY registered_at, member_key`,
    ),
  ]);
  return {
    photos: photos.map((p) => ({
      surveyDay: p.day,
      imageUrl: p.image_url,
      thumbnailUrl: p.thumbnail_url,
      memberKey: p.member_key,
      receivedAt: new Date(p.received_at),
    })),
    members: members.map((m) => ({ memberKey: m.member_key, registeredAt: new Date(m.registered_at) })),
  };
}
