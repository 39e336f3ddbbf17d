import {
  PHOTO_NOT_REGISTERED,
  campaignForUnitOn,
  localDateOf,
  photoOutsideWindowText,
  photoReceivedText,
  surveyDayOf,
} from "@pks02/shared";
import type { AppContext } from "../context";
import type { GroupEvent } from "./events";
import { findMember } from "./members";
import { savePhotoReport } from "../progress/photo-reports";

type ImageEvent = Extract<GroupEvent, { kind: "image" }>;

/**
 * A photo from a commune task-team member is the commune's photo report for the day, in the campaign that
 * lists the commune that day; the first one of the day is acknowledged (more photos are kept quietly). A
 * district member's photos are not reports.
 */
export async function handlePhoto(ctx: AppContext, event: ImageEvent, memberKey: string): Promise<string[]> {
  const member = await findMember(ctx, memberKey);
  if (!member) return [PHOTO_NOT_REGISTERED];
  if (member.role !== "commune") return [];
  const now = ctx.now();
  const campaign =
    campaignForUnitOn(ctx.config.campaigns, { communeCode: member.commune.code }, localDateOf(now)) ??
    ctx.config.campaigns.defaultCampaign;
  const day = surveyDayOf(campaign.window, now);
  if (!day) return [photoOutsideWindowText(campaign.window)];
  const { firstOfDay } = await savePhotoReport(ctx.db, {
    eventKey: event.eventKey,
    campaignId: campaign.id,
    communeCode: member.commune.code,
    surveyDay: day,
    memberKey,
    imageUrl: event.imageUrl,
    thumbnailUrl: event.thumbnailUrl,
    receivedAt: now,
  });
  return firstOfDay ? [photoReceivedText(member.commune, day)] : [];
}
