import { formatDateVi, windowDays, type SurveyWindow } from "../window/window";

/** What an operator passes as the Mini App id when none is configured yet; never printed for real use. */
export const PLACEHOLDER_APP_ID = "CHUA-CAU-HINH";

/** Stamped on every printed page when the codes point at the placeholder, so a sample is never posted. */
export const SAMPLE_STAMP = "MẪU – KHÔNG IN";

/** Tells scanners (and our analytics) that a visit came from a printed QR code. */
const QR_UTM_SOURCE = "zalo-qr";

/**
 * The Zalo Mini App deep link a commune's QR code carries:
 * `https://zalo.me/s/<miniAppId>/?commune=<code>&utm_source=zalo-qr`, or with a campaign
 * `…/?campaign=<id>&commune=<code>&utm_source=zalo-qr` (without one, the server's default campaign answers).
 */
export function communeDeepLink(miniAppId: string, communeCode: string, campaignId?: string): string {
  const query = new URLSearchParams({
    ...(campaignId === undefined ? {} : { campaign: campaignId }),
    commune: communeCode,
    utm_source: QR_UTM_SOURCE,
  });
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/?${query.toString()}`;
}

/** "Thời gian khảo sát: từ ngày 12/06/2024 đến hết ngày 14/06/2024", or the one day. */
export function surveyDaysLine(window: SurveyWindow): string {
  const days = windowDays(window);
  const first = formatDateVi(window.start);
  if (days.length === 1) return `Ngày khảo sát: ${first}`;
  return `Thời gian khảo sát: từ ngày ${first} đến hết ngày ${formatDateVi(window.end)}`;
}
