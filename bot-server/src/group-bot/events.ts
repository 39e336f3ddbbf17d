/** A member's message in a group, from a Zalo webhook or the console group page. */
export type GroupEvent =
  | { kind: "text"; eventKey: string; senderId: string; groupScope: string; text: string }
  | {
      kind: "image";
      eventKey: string;
      senderId: string;
      /** The group it was posted in: "province" or the district code of a district's own group. */
      groupScope: string;
      imageUrl: string;
      thumbnailUrl?: string;
      caption?: string;
    };
