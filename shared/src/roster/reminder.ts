import { namesByDistrict } from "../group-bot/lists";
import { formatCount, splitMessage } from "../group-bot/split";
import { addDays, formatDateVi, type SurveyWindow } from "../window/window";
import type { RosterMissingReport } from "./schemas";

/** How many mornings before the roster's due date the reminder starts. */
export const ROSTER_REMINDER_LEAD_DAYS = 3;

/**
 * The mornings of the roster reminder: from a few days before the due date (never after the eve of the
 * survey) to the eve of the survey — every day on which a missing roster can still be sent in time.
 */
export function rosterReminderDays(window: SurveyWindow, dueDate: string): { first: string; last: string } {
  const last = addDays(window.start, -1);
  const first = addDays(dueDate < last ? dueDate : last, -ROSTER_REMINDER_LEAD_DAYS);
  return { first, last };
}

/** Whether the roster reminder posts on this morning. */
export const isRosterReminderDay = (window: SurveyWindow, dueDate: string, date: string): boolean => {
  const { first, last } = rosterReminderDays(window, dueDate);
  return date >= first && date <= last;
};

/**
 * The morning post before the survey: the units (of the province, or a district) still without a helpers'
 * roster, by district, with the due date — or a thank-you when every unit has one.
 */
export function rosterReminderTexts(report: RosterMissingReport, date: string, scopeName: string): string[] {
  const due = formatDateVi(report.dueDate);
  if (report.units.length === 0)
    return [
      `✅ Lịch hỗ trợ khảo sát (${formatDateVi(date)}): cả ${formatCount(report.communeCount)} đơn vị của ${scopeName} đã gửi danh sách người hỗ trợ và lịch trực. Cảm ơn!`,
    ];
  const state = date > report.dueDate ? `đã quá hạn ${due}` : `hạn ${due}`;
  return splitMessage([
    `📋 Lịch hỗ trợ khảo sát (${formatDateVi(date)}): ${formatCount(report.units.length)}/${formatCount(report.communeCount)} đơn vị của ${scopeName} chưa có danh sách người hỗ trợ và lịch trực (${state}):`,
    ...namesByDistrict(report.units),
    "",
    "Hội Cựu chiến binh xã gửi danh sách cho Ban Chỉ đạo huyện để nhập vào bảng lịch hỗ trợ (tải mẫu tại bảng theo dõi hoặc GET /api/roster/template.xlsx).",
  ]);
}
