import type { Request, RequestHandler } from "express";
import type { AppConfig } from "../config";
import { staffForToken } from "../auth/require-staff";
import { basicPassword } from "../auth/credentials";
import { AppError, markStaffAudience } from "../http/errors";

/**
 * The console group page is for a browser, so it asks for the admin token as the password of HTTP Basic
 * authentication (any user name). Form posts must come from the page itself (no cross-site posting).
 */
export function requireAdminPassword(config: AppConfig): RequestHandler {
  return (req, res, next) => {
    markStaffAudience(res);
    if (staffForToken(config, basicPassword(req) ?? "")?.kind !== "admin") {
      res.set(
        "WWW-Authenticate",
        'Basic realm="PKS02 console group (mat khau: admin token)", charset="UTF-8"',
      );
      throw new AppError("UNAUTHORIZED");
    }
    if (req.method === "POST" && isCrossSite(req, config)) throw new AppError("FORBIDDEN");
    next();
  };
}

/** The origin's host, or undefined for "null" and other unreadable origins. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * A post from another site: Sec-Fetch-Site says so, or (browsers without it) the Origin is not this
 * server's host nor PUBLIC_BASE_URL's. No Origin at all is not a browser's cross-site form post.
 */
function isCrossSite(req: Request, config: AppConfig): boolean {
  const site = req.get("sec-fetch-site");
  if (site !== undefined) return site !== "same-origin" && site !== "none";
  const origin = req.get("origin");
  if (origin === undefined) return false;
  const host = hostOf(origin);
  const publicHost = config.publicBaseUrl ? hostOf(config.publicBaseUrl) : undefined;
  return host === undefined || (host !== req.get("host") && host !== publicHost);
}
