import type { Request } from "express";

/** The token of `Authorization: Bearer <token>`, if the header has that form. */
export function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "")?.[1];
}

/** The password of `Authorization: Basic <base64 user:password>` (any user name), if the header has that form. */
export function basicPassword(req: Request): string | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
  if (encoded === undefined) return undefined;
  return Buffer.from(encoded, "base64").toString("utf8").split(":").slice(1).join(":");
}
