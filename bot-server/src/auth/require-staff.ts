import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler, Response } from "express";
import { PROVINCE, type Scope } from "@pks02/shared";
import type { AppConfig } from "../config";
import { AppError, markStaffAudience } from "../http/errors";
import { bearerToken } from "./credentials";

/** Who a staff token belongs to: the admin (sees everything) or one district's staff. */
export type Staff = { kind: "admin" } | { kind: "district"; districtCode: string };

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * The staff a bearer token belongs to, or undefined. Every configured token is compared, each in constant
 * time over fixed-length digests, so neither a token's length nor its position leaks through timing.
 */
export function staffForToken(
  config: Pick<AppConfig, "adminToken" | "districtTokens">,
  token: string,
): Staff | undefined {
  const presented = digest(token);
  let found: Staff | undefined;
  if (timingSafeEqual(presented, digest(config.adminToken))) found = { kind: "admin" };
  for (const [districtToken, districtCode] of config.districtTokens) {
    if (timingSafeEqual(presented, digest(districtToken)) && !found)
      found = { kind: "district", districtCode };
  }
  return found;
}

/** Whether the token is the metrics scraper's (METRICS_TOKEN), compared in constant time. */
export function isMetricsToken(config: Pick<AppConfig, "metricsToken">, token: string): boolean {
  return config.metricsToken !== undefined && timingSafeEqual(digest(token), digest(config.metricsToken));
}

/** Refuse requests without a valid `Authorization: Bearer <token>` (401 UNAUTHORIZED); keeps the staff. */
export function requireStaff(config: AppConfig): RequestHandler {
  return (req, res, next) => {
    markStaffAudience(res);
    const token = bearerToken(req);
    const staff = token === undefined ? undefined : staffForToken(config, token);
    if (!staff) {
      res.set("WWW-Authenticate", 'Bearer realm="pks02"');
      throw new AppError("UNAUTHORIZED");
    }
    res.locals.staff = staff;
    next();
  };
}

/** The staff that requireStaff let through. */
export function staffOf(res: Response): Staff {
  const staff = res.locals.staff as Staff | undefined;
  if (!staff) throw new Error("staffOf() used on a route without requireStaff");
  return staff;
}

/**
 * Whether the staff may see or change a district's data (403 FORBIDDEN otherwise); a unit of a registry
 * without districts (null) is the admin's only.
 */
export function assertDistrictAccess(staff: Staff, districtCode: string | null): void {
  if (staff.kind === "district" && staff.districtCode !== districtCode) throw new AppError("FORBIDDEN");
}

/** The communes a staff token may see and change: the province, or its district's. */
export function scopeOf(staff: Staff): Scope {
  return staff.kind === "admin" ? PROVINCE : { kind: "district", districtCode: staff.districtCode };
}

/** How the staff is recorded as a reporter: "admin" or "district:213". */
export function reporterOf(staff: Staff): string {
  return staff.kind === "admin" ? "admin" : `district:${staff.districtCode}`;
}

/** Admin-only routes (jobs, group messages): a district token gets 403 FORBIDDEN saying so. */
export function assertAdmin(staff: Staff): void {
  if (staff.kind !== "admin")
    throw new AppError("FORBIDDEN", {
      message: "Chỉ mã truy cập quản trị (của tỉnh) được dùng chức năng này.",
    });
}
