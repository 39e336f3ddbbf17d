import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * What proves a server is this one without the admin token crossing the wire: HMAC-SHA256 of a caller's
 * fresh nonce under a key derived from the admin token. Only a server configured with the same token can
 * answer, so the jobs CLI checks it before it sends the token to whatever listens on the port.
 */
export function identityProof(adminToken: string, nonce: string): string {
  const key = createHmac("sha256", adminToken).update("pks02:server-identity").digest();
  return createHmac("sha256", key).update(nonce, "utf8").digest("hex");
}

/** Whether `proof` answers `nonce` for this admin token (constant time). */
export function isIdentityProof(adminToken: string, nonce: string, proof: unknown): boolean {
  if (typeof proof !== "string" || !/^[0-9a-f]{64}$/.test(proof)) return false;
  return timingSafeEqual(Buffer.from(proof, "hex"), Buffer.from(identityProof(adminToken, nonce), "hex"));
}
