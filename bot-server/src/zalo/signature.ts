import { createHash, timingSafeEqual } from "node:crypto";

/** hex(SHA-256(app id + raw body + timestamp + OA secret key)): what Zalo puts in X-ZEvent-Signature. */
function zaloEventMac(appId: string, rawBody: Buffer, timestamp: string, oaSecretKey: string): string {
  return createHash("sha256")
    .update(
      Buffer.concat([Buffer.from(appId, "utf8"), rawBody, Buffer.from(timestamp + oaSecretKey, "utf8")]),
    )
    .digest("hex");
}

/**
 * Whether `X-ZEvent-Signature: mac=<hex>` matches the raw body (the bytes Zalo sent, not re-serialised
 * JSON), compared in constant time.
 */
export function isValidZaloSignature(
  header: string | undefined,
  rawBody: Buffer | undefined,
  timestamp: string | undefined,
  keys: { appId: string; oaSecretKey: string },
): boolean {
  const given = /^mac=([0-9a-f]{64})$/i.exec(header?.trim() ?? "")?.[1];
  if (!given || !rawBody || !timestamp) return false;
  const expected = Buffer.from(zaloEventMac(keys.appId, rawBody, timestamp, keys.oaSecretKey), "hex");
  return timingSafeEqual(expected, Buffer.from(given.toLowerCase(), "hex"));
}
