import { PKS02_DEFINITION, formatDateVi, windowDays, type Commune, type SurveyWindow } from "@pks02/shared";
import { communeDeepLink, PLACEHOLDER_APP_ID } from "./link";

/** Stamped on every page when the codes point at the placeholder, so a sample is never posted on a desk. */
export const SAMPLE_STAMP = "MẪU – KHÔNG IN";

/** The three steps a resident follows, in the order the poster shows them. */
const RESIDENT_STEPS = ["Mở Zalo", "Quét mã", "Trả lời và gửi"] as const;

/** Everything one commune's poster says, decided before any drawing. */
export interface PosterContent {
  communeCode: string;
  surveyTitle: string;
  communeName: string;
  districtLine: string;
  invitation: string;
  steps: readonly string[];
  anonymityNote: string;
  surveyDaysLine: string;
  codeLine: string;
  link: string;
  sampleStamp: string | null;
}

/** The words and link of one commune's poster. */
export function posterContent(
  commune: Commune,
  window: SurveyWindow,
  miniAppId: string | null,
): PosterContent {
  return {
    communeCode: commune.code,
    surveyTitle: PKS02_DEFINITION.title,
    communeName: commune.name,
    districtLine: `${commune.districtName}, tỉnh Bắc Giang`,
    invitation: `Mời ông/bà dùng Zalo quét mã để cho ý kiến (khoảng ${PKS02_DEFINITION.estimatedMinutes} phút)`,
    steps: RESIDENT_STEPS,
    anonymityNote: "Phiếu ẩn danh: không ghi họ tên, số điện thoại; thông tin được bảo mật.",
    surveyDaysLine: surveyDaysLine(window),
    codeLine: `Mã đơn vị: ${commune.code}`,
    link: communeDeepLink(miniAppId ?? PLACEHOLDER_APP_ID, commune.code),
    sampleStamp: miniAppId === null ? SAMPLE_STAMP : null,
  };
}

/** "Thời gian khảo sát: từ ngày 12/06/2024 đến hết ngày 14/06/2024", or the one day. */
export function surveyDaysLine(window: SurveyWindow): string {
  const days = windowDays(window);
  const first = formatDateVi(window.start);
  if (days.length === 1) return `Ngày khảo sát: ${first}`;
  return `Thời gian khảo sát: từ ngày ${first} đến hết ngày ${formatDateVi(window.end)}`;
}
