import { createHash, randomBytes } from "node:crypto";
import { FAKE_APP_ID, FAKE_GROUP_ID, FAKE_OA_SECRET_KEY } from "./fake-zalo-server";

/** X-ZEvent-Signature as Zalo computes it: "mac=" + sha256hex(app id + raw body + timestamp + OA secret key). */
export function signZaloEvent(rawBody: string, secret: string = FAKE_OA_SECRET_KEY): string {
  const timestamp = String((JSON.parse(rawBody) as { timestamp: string }).timestamp);
  return `mac=${createHash("sha256")
    .update(FAKE_APP_ID + rawBody + timestamp + secret, "utf8")
    .digest("hex")}`;
}

export interface MemberMessage {
  senderId: string;
  msgId?: string;
  groupId?: string;
  timestamp?: number;
}

const base = (m: MemberMessage, eventName: string) => ({
  app_id: FAKE_APP_ID,
  oa_id: "9876543210987654321",
  user_id_by_app: "3611371994410983884",
  event_name: eventName,
  sender: { id: m.senderId },
  recipient: { id: m.groupId ?? FAKE_GROUP_ID },
  timestamp: String(m.timestamp ?? Date.now()),
});

const newMsgId = () => randomBytes(10).toString("hex");

/** The raw body of a member's text in the group (the layout of webhook.user_send_group_text.json). */
export function groupTextEvent(m: MemberMessage & { text: string }): { msgId: string; raw: string } {
  const msgId = m.msgId ?? newMsgId();
  const body = { ...base(m, "user_send_group_text"), message: { text: m.text, msg_id: msgId } };
  return { msgId, raw: JSON.stringify(body) };
}

/** The raw body of a member's photo in the group (the layout of webhook.user_send_group_image.json). */
export function groupImageEvent(m: MemberMessage & { url?: string }): { msgId: string; raw: string } {
  const msgId = m.msgId ?? newMsgId();
  const url = m.url ?? `https://example.invalid/zalo-media/${msgId}.jpg`;
  const attachments = [{ type: "image", payload: { url, thumbnail: url.replace(".jpg", "-thumb.jpg") } }];
  const body = { ...base(m, "user_send_group_image"), message: { text: "", msg_id: msgId, attachments } };
  return { msgId, raw: JSON.stringify(body) };
}
