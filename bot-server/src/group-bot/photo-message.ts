import { PHOTO_NOT_REGISTERED, photoOutsideWindowText, photoReceivedText, surveyDayOf } from "@pks02/shared";
import type { AppContext } from "../context";
import type { GroupEvent } from "./events";
import { findMember } from "./members";
import { savePhotoReport } from "../progress/photo-reports";

type ImageEvent = Extract<GroupEvent, { kind: "image" }>;

/**
 * A photo from a commune task-team member is the commune's photo report for the day; the first one of
 * the day is acknowledged (more photos are kept quietly). A district member's photos are not reports.
 */
export async function handlePhoto(ctx: AppContext, event: ImageEvent, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [PHOTO_NOT_REGISTERED];
  if (member.role !== "commune") return [];
  const now = ctx.now();
  const day = surveyDayOf(ctx.config.surveyWindow, now);
  if (!day) return [photoOutsideWindowText(ctx.config.surveyWindow)];
  const { firstOfDay } = await savePhotoReport(ctx.db, {
    eventKey: event.eventKey,
    communeCode: member.commune.code,
    surveyDay: day,
    memberKey,
    imageUrl: event.imageUrl,
    thumbnailUrl: event.thumbnailUrl,
    receivedAt: now,
  });
  return firstOfDay ? [photoReceivedText(member.commune, day)] : [];
}
