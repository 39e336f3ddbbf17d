import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { AppConfig } from "../config";
import type { Staff } from "../auth/require-staff";

/** How long a dashboard login lasts: one working day, so a phone left logged in does not stay so. */
export const SESSION_HOURS = 12;

type SessionConfig = Pick<AppConfig, "adminToken" | "districtTokens" | "respondentHashSecret">;

/** A logged-in staff member, as the signed session cookie holds them. */
export interface DashboardSession {
  staff: Staff;
  /** Random per login: what the forms' CSRF tokens are bound to. */
  sessionId: string;
  expiresAt: number;
}

const ZSessionPayload = z.object({
  scope: z.union([z.literal("admin"), z.string().regex(/^\d{3}$/)]),
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  expiresAt: z.number().int(),
  tokenTag: z.string().regex(/^[0-9a-f]{32}$/),
});

// A key of its own purpose, derived from a secret the server already keeps, so no new variable is needed.
const keyOf = (config: SessionConfig) =>
  createHmac("sha256", config.respondentHashSecret).update("pks02:dashboard-session").digest();

const mac = (key: Buffer, text: string) => createHmac("sha256", key).update(text, "utf8").digest();

/** Which token a session came from, without the token: a changed token ends the sessions it opened. */
const tokenTagOf = (key: Buffer, token: string) => mac(key, `token:${token}`).subarray(0, 16).toString("hex");

function currentTokens(config: SessionConfig, staff: Staff): string[] {
  if (staff.kind === "admin") return [config.adminToken];
  return [...config.districtTokens].filter(([, code]) => code === staff.districtCode).map(([t]) => t);
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

/** The cookie value of a new session for the staff this token belongs to. */
export function openSession(config: SessionConfig, token: string, staff: Staff, now: Date): string {
  const key = keyOf(config);
  const payload: z.infer<typeof ZSessionPayload> = {
    scope: staff.kind === "admin" ? "admin" : staff.districtCode,
    sessionId: randomBytes(16).toString("base64url"),
    expiresAt: now.getTime() + SESSION_HOURS * 3_600_000,
    tokenTag: tokenTagOf(key, token),
  };
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${mac(key, body).toString("base64url")}`;
}

/**
 * The session a cookie value holds, if its signature is ours, it has not expired and the token that
 * opened it is still configured for that staff; otherwise undefined.
 */
export function readSession(
  config: SessionConfig,
  cookie: string | undefined,
  now: Date,
): DashboardSession | undefined {
  const [body, signature, extra] = (cookie ?? "").split(".");
  if (!body || !signature || extra !== undefined) return undefined;
  const key = keyOf(config);
  if (!sameText(signature, mac(key, body).toString("base64url"))) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const payload = ZSessionPayload.safeParse(decoded);
  if (!payload.success || payload.data.expiresAt <= now.getTime()) return undefined;
  const { scope, sessionId, expiresAt, tokenTag } = payload.data;
  const staff: Staff = scope === "admin" ? { kind: "admin" } : { kind: "district", districtCode: scope };
  const stillValid = currentTokens(config, staff).some((t) => sameText(tokenTagOf(key, t), tokenTag));
  return stillValid ? { staff, sessionId, expiresAt } : undefined;
}

/** The CSRF token of the forms bound to something only this browser has (its session or login nonce). */
export function csrfTokenOf(config: SessionConfig, binding: string): string {
  return mac(keyOf(config), `csrf:${binding}`).toString("base64url");
}

/** Whether a form's CSRF token is the one bound to this binding (constant time). */
export function isCsrfTokenValid(config: SessionConfig, binding: string, presented: unknown): boolean {
  return typeof presented === "string" && sameText(presented, csrfTokenOf(config, binding));
}

/** A fresh random login nonce (the binding of the login form's CSRF token before any session exists). */
export const newLoginNonce = (): string => randomBytes(16).toString("base64url");
