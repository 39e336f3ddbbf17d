/** The image formats the Zalo OA upload accepts, and so the only ones the bot posts. */
export type ImageType = "image/jpeg" | "image/png";

export interface GroupImage {
  data: Uint8Array;
  type: ImageType;
  caption?: string;
}

/** Which group a post or a member's message belongs to: the province group or a district's own group. */
export type GroupScope = string;
export const PROVINCE_GROUP: GroupScope = "province";

/** Where the bot's posts go: the Zalo group through the OA API, or the console group (no Zalo configured). */
export interface GroupTransport {
  readonly kind: "zalo" | "console";
  /** Post a text; resolves with the transport's message id once the group has it. */
  sendText(text: string, scope: GroupScope): Promise<string>;
  /** Post an image (uploaded first), with an optional caption. */
  sendImage(image: GroupImage, scope: GroupScope): Promise<string>;
}
