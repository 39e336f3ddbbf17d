import { z } from "zod";
import type { GroupEvent } from "../group-bot/events";

const ZAttachment = z
  .object({
    type: z.string(),
    payload: z.object({ url: z.string().optional(), thumbnail: z.string().optional() }).loose(),
  })
  .loose();

// Members' messages in a group; other events (joins, the OA's own echoes, stickers…) need no action.
const ZGroupMessageEvent = z
  .object({
    event_name: z.enum(["user_send_group_text", "user_send_group_image"]),
    sender: z.object({ id: z.string().min(1).max(64) }).loose(),
    recipient: z.object({ id: z.string().min(1).max(64) }).loose(),
    message: z
      .object({
        msg_id: z.string().min(1).max(128),
        text: z.string().max(4000).optional(),
        attachments: z.array(ZAttachment).max(20).optional(),
      })
      .loose(),
  })
  .loose();

export type WebhookVerdict =
  | { action: "handle"; eventName: string; event: GroupEvent }
  | { action: "ignore"; reason: "other-event" | "other-group" | "no-image" | "malformed" };

/** The timestamp Zalo signs with: the body's `timestamp` (epoch ms, sent as a string). */
export function timestampOf(body: unknown): string | undefined {
  const value =
    typeof body === "object" && body !== null ? (body as { timestamp?: unknown }).timestamp : undefined;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

// Zalo redelivers for a while; an event older than a day is a replay, not a member's message of today.
const MAX_EVENT_AGE_MS = 24 * 60 * 60_000;

/** Whether the body's signed timestamp is more than 24 hours before `now` (a replayed or stale event). */
export function isStaleEvent(body: unknown, now: Date): boolean {
  const sent = Number(timestampOf(body));
  return Number.isFinite(sent) && now.getTime() - sent > MAX_EVENT_AGE_MS;
}

/** Read a (verified) webhook body: a member's text or photo in one of our groups (group id → its scope). */
export function readWebhookEvent(body: unknown, groups: ReadonlyMap<string, string>): WebhookVerdict {
  const name =
    typeof body === "object" && body !== null ? (body as { event_name?: unknown }).event_name : undefined;
  if (name !== "user_send_group_text" && name !== "user_send_group_image")
    return { action: "ignore", reason: "other-event" };
  const parsed = ZGroupMessageEvent.safeParse(body);
  if (!parsed.success) return { action: "ignore", reason: "malformed" };
  const { event_name: eventName, sender, recipient, message } = parsed.data;
  const groupScope = groups.get(recipient.id);
  if (groupScope === undefined) return { action: "ignore", reason: "other-group" };
  const eventKey = `zalo:${message.msg_id}`;
  if (eventName === "user_send_group_text") {
    return {
      action: "handle",
      eventName,
      event: { kind: "text", eventKey, senderId: sender.id, groupScope, text: message.text ?? "" },
    };
  }
  const image = message.attachments?.find((a) => a.type === "image" && a.payload.url);
  if (!image?.payload.url) return { action: "ignore", reason: "no-image" };
  return {
    action: "handle",
    eventName,
    event: {
      kind: "image",
      eventKey,
      senderId: sender.id,
      groupScope,
      imageUrl: image.payload.url,
      thumbnailUrl: image.payload.thumbnail,
      caption: message.text,
    },
  };
}
