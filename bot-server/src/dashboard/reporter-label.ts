import { findDistrict } from "@pks02/shared";

/** Who changed a count, as people say it (a group member is known only by a keyed hash: never named). */
export function reporterLabel(reportedBy: string): string {
  if (reportedBy === "admin") return "Quản trị tỉnh";
  const district = /^district:(\d{3})$/.exec(reportedBy)?.[1];
  if (district) return `Ban Chỉ đạo ${findDistrict(district)?.name ?? district}`;
  return "Thành viên nhóm Zalo";
}
