import { type DeviceStorage, getZaloAccessToken } from "./zalo";
import { newUuid } from "./uuid";

const DEVICE_ID_KEY = "pks02.deviceId";

/** A stable random id for this device, made once and kept (used outside Zalo for de-duplication). */
export function deviceId(storage: DeviceStorage): string {
  const existing = storage.getItem(DEVICE_ID_KEY);
  if (existing) return existing;
  const id = newUuid();
  storage.setItem(DEVICE_ID_KEY, id);
  return id;
}

/**
 * The headers that identify the respondent for de-duplication, never their name or phone:
 * the Zalo access token inside Zalo, the device id elsewhere (or when Zalo gives no token).
 */
export async function identityHeaders(storage: DeviceStorage): Promise<Record<string, string>> {
  const token = await getZaloAccessToken();
  if (token) return { "X-Zalo-Access-Token": token };
  return { "X-Device-Id": deviceId(storage) };
}
