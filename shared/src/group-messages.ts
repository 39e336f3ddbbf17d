// The Zalo group bot's Vietnamese texts (pure): command replies, /tiendo, scheduled posts, and splitting
// long posts to Zalo's length limit.
export * from "./group-bot/split";
export * from "./group-bot/figures";
export * from "./group-bot/replies";
export * from "./group-bot/registration-replies";
export * from "./group-bot/summaries";
export * from "./group-bot/day-posts";
export * from "./group-bot/progress";
export * from "./group-bot/token-expiry";
