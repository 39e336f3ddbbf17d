import type { Campaign } from "../campaigns/campaign";
import { unitPlaceLine } from "../campaigns/units";
import type { Commune } from "../communes/types";
import { communeDeepLink, PLACEHOLDER_APP_ID, SAMPLE_STAMP, surveyDaysLine } from "../qr/link";
import { formatDateVi, windowDays, type SurveyWindow } from "../window/window";
import { SHIFT_LABELS, ZShift, type Roster, type RosterHelper, type RosterSupervisor } from "./schemas";

/** A helper as the public sees them: no phone number. */
export type NoticeHelper = Pick<RosterHelper, "name" | "role" | "unit">;

/** One day of a unit's schedule: who helps in each shift that has someone. */
export interface NoticeDay {
  dateLabel: string;
  shifts: { label: string; helpers: NoticeHelper[] }[];
}

/** Everything one unit's printed notice says, decided before any drawing. */
export interface NoticeContent {
  communeCode: string;
  surveyTitle: string;
  /** How long the form takes, in minutes (the form's estimate). */
  estimatedMinutes: number;
  communeName: string;
  districtLine: string;
  surveyDaysLine: string;
  invitation: string;
  days: NoticeDay[];
  supervisors: string[];
  link: string;
  sampleStamp: string | null;
}

/** "Nguyễn Văn A – Hội viên CCB (Hội CCB xã Song Mai)": how a helper is named in public (no phone). */
export const helperLine = (h: NoticeHelper) => `${h.name} – ${h.role} (${h.unit})`;

/** Whether a supervisor covers a commune (named, or through its district) — and on which days. */
export function supervisesCommune(supervisor: RosterSupervisor, commune: Commune): boolean {
  const { code, districtCode } = commune;
  return (
    supervisor.scope.includes(code) || (districtCode !== null && supervisor.scope.includes(districtCode))
  );
}

/** A unit's schedule, day by day in window order, shifts in the order morning, afternoon, whole day. */
export function unitSchedule(helpers: readonly RosterHelper[], window: SurveyWindow): NoticeDay[] {
  return windowDays(window).map((date) => ({
    dateLabel: `Ngày ${formatDateVi(date)}`,
    shifts: ZShift.options
      .map((shift) => ({
        label: SHIFT_LABELS[shift],
        helpers: helpers
          .filter((h) => h.date === date && h.shift === shift)
          .map(({ name, role, unit }) => ({ name, role, unit })),
      }))
      .filter((s) => s.helpers.length > 0),
  }));
}

function supervisorLine(supervisor: RosterSupervisor): string {
  const days = supervisor.days.length === 0 ? "cả đợt" : supervisor.days.map(formatDateVi).join(", ");
  return `${supervisor.name} – ${supervisor.title}, ${supervisor.unit} (${days})`;
}

/** The words, schedule and link of one unit's notice; a placeholder app id makes it a stamped sample. */
export function noticeContent(
  commune: Commune,
  roster: Roster,
  campaign: Pick<Campaign, "form" | "units" | "window">,
  miniAppId: string | null,
): NoticeContent {
  const { window } = campaign;
  return {
    communeCode: commune.code,
    surveyTitle: campaign.form.title,
    estimatedMinutes: campaign.form.estimatedMinutes,
    communeName: commune.name,
    districtLine: unitPlaceLine(commune, campaign.units),
    surveyDaysLine: surveyDaysLine(window),
    invitation:
      "Công dân đến làm thủ tục tại bộ phận một cửa được mời dùng Zalo quét mã QR để cho ý kiến (phiếu ẩn danh). " +
      "Người hỗ trợ có mặt theo lịch dưới đây để hướng dẫn.",
    days: unitSchedule(
      roster.helpers.filter((h) => h.communeCode === commune.code),
      window,
    ),
    supervisors: roster.supervisors.filter((s) => supervisesCommune(s, commune)).map(supervisorLine),
    link: communeDeepLink(miniAppId ?? PLACEHOLDER_APP_ID, commune.code),
    sampleStamp: miniAppId === null ? SAMPLE_STAMP : null,
  };
}

/** The short text for the commune's loudspeaker and Zalo page: when, where, how, and who helps. */
export function rosterAnnouncementText(content: NoticeContent): string {
  const schedule = content.days
    .filter((d) => d.shifts.length > 0)
    .map(
      (d) =>
        `${d.dateLabel}: ${d.shifts.map((s) => `${s.label.toLowerCase()} ${s.helpers.map((h) => h.name).join(", ")}`).join("; ")}.`,
    );
  return [
    `📢 THÔNG BÁO CỦA UBND ${content.communeName.toUpperCase()}`,
    `${content.surveyDaysLine}, tại bộ phận một cửa, công dân đến làm thủ tục hành chính được mời cho ý kiến về Chủ tịch UBND ${content.communeName} qua Zalo: quét mã QR tại bàn tiếp dân và trả lời phiếu (khoảng ${content.estimatedMinutes} phút, không ghi họ tên, số điện thoại).`,
    ...(schedule.length > 0 ? ["Người hỗ trợ hướng dẫn tại bộ phận một cửa:", ...schedule] : []),
    `Mở phiếu trên Zalo: ${content.link}`,
  ].join("\n");
}
