import type { Request, RequestHandler, Response } from "express";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import {
  SESSION_HOURS,
  isCsrfTokenValid,
  newLoginNonce,
  readSession,
  type DashboardSession,
} from "./session";

export const SESSION_COOKIE = "pks02_session";
const LOGIN_COOKIE = "pks02_login";
const COOKIE_PATH = "/dashboard";

/** One cookie of the request, or undefined (no cookie-parsing middleware: two cookies are all we read). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

// Secure when the browser reached us over HTTPS (directly, or through the trusted proxy), or when the
// public address is HTTPS: the cookie must then never travel in clear.
const isSecure = (ctx: AppContext, req: Request) =>
  req.secure || (ctx.config.publicBaseUrl ?? "").startsWith("https:");

function setCookie(ctx: AppContext, req: Request, res: Response, name: string, value: string, hours: number) {
  res.cookie(name, value, {
    httpOnly: true,
    sameSite: "strict",
    secure: isSecure(ctx, req),
    path: COOKIE_PATH,
    maxAge: hours * 3_600_000,
  });
}

/** A view preference of the dashboard's (e.g. the campaign looked at), kept like the session, for its hours. */
export function setDashboardCookie(
  ctx: AppContext,
  req: Request,
  res: Response,
  name: string,
  value: string,
) {
  setCookie(ctx, req, res, name, value, SESSION_HOURS);
}

/** Keep a new session in the browser: HttpOnly, SameSite=Strict, Secure behind HTTPS, expiring. */
export function setSessionCookie(ctx: AppContext, req: Request, res: Response, value: string): void {
  setCookie(ctx, req, res, SESSION_COOKIE, value, SESSION_HOURS);
  res.clearCookie(LOGIN_COOKIE, { path: COOKIE_PATH });
}

/** Forget the session in the browser. */
export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
}

/** The login form's CSRF binding: a random nonce in its own cookie, made on the first visit. */
export function loginNonceOf(ctx: AppContext, req: Request, res: Response): string {
  const existing = readCookie(req, LOGIN_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{22}$/.test(existing)) return existing;
  const nonce = newLoginNonce();
  setCookie(ctx, req, res, LOGIN_COOKIE, nonce, 1);
  return nonce;
}

/** The session this request carries, if valid. */
export const sessionOf = (ctx: AppContext, req: Request): DashboardSession | undefined =>
  readSession(ctx.config, readCookie(req, SESSION_COOKIE), ctx.now());

/** The CSRF binding of a logged-in form. */
export const sessionBinding = (session: DashboardSession): string => `session:${session.sessionId}`;

/** Where a login goes back to: only a dashboard path of ours, never another site. */
export function safeReturnPath(value: unknown): string | undefined {
  return typeof value === "string" && /^\/dashboard(\/[\w\-/.]*)?(\?[\w\-=&%.]*)?$/.test(value)
    ? value
    : undefined;
}

/**
 * Pages for logged-in staff: the session's staff in res.locals (as requireStaff does for the API). Without
 * a session, a page view goes to the login page (and back afterwards); anything else is 401.
 */
export function requireDashboardSession(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    const session = sessionOf(ctx, req);
    if (!session) {
      if (req.method !== "GET") throw new AppError("UNAUTHORIZED");
      res.redirect(303, `/dashboard/login?tiep=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res.locals.staff = session.staff;
    res.locals.dashboardSession = session;
    next();
  };
}

/** The session requireDashboardSession let through. */
export function dashboardSessionOf(res: Response): DashboardSession {
  const session = res.locals.dashboardSession as DashboardSession | undefined;
  if (!session) throw new Error("dashboardSessionOf() used on a route without requireDashboardSession");
  return session;
}

const FORM_EXPIRED = "Biểu mẫu đã hết hạn hoặc không được gửi từ trang này. Xin tải lại trang rồi gửi lại.";

/**
 * Every form post: sent from our own pages (Sec-Fetch-Site, when the browser says it) with the CSRF token
 * bound to this browser's session or login nonce; otherwise 403 and nothing changes.
 */
export function assertFormFromUs(ctx: AppContext, req: Request, binding: string | undefined): void {
  const site = req.get("sec-fetch-site");
  const fromUs = site === undefined || site === "same-origin" || site === "none";
  const token = (req.body as { _csrf?: unknown } | undefined)?._csrf;
  if (!fromUs || !binding || !isCsrfTokenValid(ctx.config, binding, token))
    throw new AppError("FORBIDDEN", { message: FORM_EXPIRED });
}

/** The CSRF binding of the login form this browser was given (its nonce cookie), if any. */
export function loginBindingOf(req: Request): string | undefined {
  const nonce = readCookie(req, LOGIN_COOKIE);
  return nonce ? loginBinding(nonce) : undefined;
}

/** The CSRF binding of a login form for this nonce. */
export const loginBinding = (nonce: string): string => `login:${nonce}`;
