import type { DeviceStorage } from "../services/zalo";

const LAST_COMMUNE_KEY = "pks02.lastCommune";

/**
 * The commune to survey: the QR link's `commune` parameter, or else the last commune this device opened (a
 * resident who reopens the Mini App from Zalo's recent apps, to finish at home, comes without the parameter).
 */
export function resolveCommuneCode(params: Record<string, string>, storage: DeviceStorage): string | null {
  const fromLink = params.commune?.trim();
  if (fromLink) return fromLink;
  try {
    return storage.getItem(LAST_COMMUNE_KEY) || null;
  } catch {
    return null;
  }
}

/** The campaign the QR link names (`?campaign=…`), or undefined for the server's default campaign. */
export function campaignFromLink(params: Record<string, string>): string | undefined {
  return params.campaign?.trim() || undefined;
}

/** Remember a commune the server knows, for the next start without parameters. */
export function rememberCommune(storage: DeviceStorage, communeCode: string): void {
  try {
    storage.setItem(LAST_COMMUNE_KEY, communeCode);
  } catch {
    // only the convenience is lost
  }
}
