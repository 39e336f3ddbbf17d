export * from "./policy";
export * from "./minimum-time";
export * from "./schema";
export * from "./signals";
