/** What an operator passes as the Mini App id when none is configured yet; never printed for real use. */
export const PLACEHOLDER_APP_ID = "CHUA-CAU-HINH";

/** Tells scanners (and our analytics) that a visit came from a printed QR code. */
const QR_UTM_SOURCE = "zalo-qr";

/**
 * The Zalo Mini App deep link a commune's QR code carries:
 * `https://zalo.me/s/<miniAppId>/?commune=<code>&utm_source=zalo-qr`.
 */
export function communeDeepLink(miniAppId: string, communeCode: string): string {
  const query = new URLSearchParams({ commune: communeCode, utm_source: QR_UTM_SOURCE });
  return `https://zalo.me/s/${encodeURIComponent(miniAppId)}/?${query.toString()}`;
}
