import type { RequestHandler } from "express";
import type { AppConfig } from "../config";
import { staffForToken } from "../auth/require-staff";
import { AppError, markStaffAudience } from "../http/errors";

/**
 * The console group page is for a browser, so it asks for the admin token as the password of HTTP Basic
 * authentication (any user name). Form posts must come from the page itself (no cross-site posting).
 */
export function requireAdminPassword(config: AppConfig): RequestHandler {
  return (req, res, next) => {
    markStaffAudience(res);
    const encoded = /^Basic\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
    const password = encoded
      ? Buffer.from(encoded, "base64").toString("utf8").split(":").slice(1).join(":")
      : "";
    if (staffForToken(config, password)?.kind !== "admin") {
      res.set(
        "WWW-Authenticate",
        'Basic realm="PKS02 console group (mat khau: admin token)", charset="UTF-8"',
      );
      throw new AppError("UNAUTHORIZED");
    }
    const site = req.get("sec-fetch-site");
    if (req.method === "POST" && site !== undefined && site !== "same-origin" && site !== "none") {
      throw new AppError("FORBIDDEN");
    }
    next();
  };
}
