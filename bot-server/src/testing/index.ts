export * from "./test-database";
export * from "./test-server";
export * from "./memory-log";
export * from "./campaigns";
export * from "./prometheus-text";
export * from "./local-fake-server";
