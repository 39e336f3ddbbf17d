import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { AppConfig } from "../config";
import { AppError } from "../http/errors";
import { basicPassword, bearerToken } from "./credentials";
import { isMetricsToken, staffForToken } from "./require-staff";

const FIFTEEN_MINUTES = 15 * 60_000;
const TOO_MANY_FAILURES = "Nhập sai mã truy cập quá nhiều lần. Xin thử lại sau 15 phút.";

/**
 * Whether the request presents a credential (staff bearer token, console password, metrics token) that is
 * wrong: a Prometheus scraper with METRICS_TOKEN is never counted.
 */
function presentsWrongCredential(config: AppConfig, req: Parameters<RequestHandler>[0]): boolean {
  if (!req.get("authorization")) return false;
  const token = bearerToken(req) ?? basicPassword(req);
  return (
    token === undefined || (staffForToken(config, token) === undefined && !isMetricsToken(config, token))
  );
}

/**
 * Guessing a staff token: after AUTH_FAILURES_PER_15_MINUTES wrong credentials from one client address,
 * every further wrong one is 429 RATE_LIMITED for the rest of the 15 minutes. Right credentials are never
 * counted or held back, so staff behind the same address keep working.
 */
export function limitFailedStaffAuth(config: AppConfig): RequestHandler {
  const limiter = rateLimit({
    windowMs: FIFTEEN_MINUTES,
    limit: config.authFailuresPer15Minutes,
    skip: (req) => !presentsWrongCredential(config, req),
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // The client's address follows TRUST_PROXY on purpose; X-Forwarded-For without a trusted proxy is noise.
    validate: { xForwardedForHeader: false },
    handler: (_req, _res, next) => next(new AppError("RATE_LIMITED", { message: TOO_MANY_FAILURES })),
  });
  // A request without credentials is never counted (skip): it need not go through the limiter at all.
  return (req, res, next) => (req.headers.authorization ? limiter(req, res, next) : next());
}
