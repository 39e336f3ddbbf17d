export * from "./stats";
export * from "./tally";
export * from "./schema";
export * from "./figures";
export * from "./areas";
export * from "./ranking";
export * from "./commendation";
export * from "./comments";
