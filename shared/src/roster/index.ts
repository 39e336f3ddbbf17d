export * from "./schemas";
export * from "./layout";
export * from "./scope";
export * from "./cells";
export { parseHelperRows } from "./helper-rows";
export { parseSupervisorRows, supervisorDistrict } from "./supervisor-rows";
export * from "./parse-roster";
export * from "./notice";
export * from "./rows";
