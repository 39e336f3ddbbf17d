/** A member's message in the group, from a Zalo webhook or the console group page. */
export type GroupEvent =
  | { kind: "text"; eventKey: string; senderId: string; text: string }
  | {
      kind: "image";
      eventKey: string;
      senderId: string;
      imageUrl: string;
      thumbnailUrl?: string;
      caption?: string;
    };
