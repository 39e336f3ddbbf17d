import { z } from "zod";

/** One readiness check: "ok" (or "not-used" when the feature is off), else what is wrong. */
export const ZReadinessCheck = z.enum(["ok", "not-used", "unavailable", "pending", "missing", "expired"]);

/** GET /readyz: whether this process should receive traffic (200 ready, 503 not ready). */
export const ZReadiness = z.object({
  status: z.enum(["ready", "not-ready"]),
  checks: z.object({
    database: ZReadinessCheck,
    migrations: ZReadinessCheck,
    zaloToken: ZReadinessCheck,
  }),
  /** Migrations not applied yet (file names), when `migrations` is "pending". */
  pendingMigrations: z.array(z.string()).optional(),
});
export type Readiness = z.infer<typeof ZReadiness>;
export type ReadinessCheck = z.infer<typeof ZReadinessCheck>;

/** GET /healthz: the process answers and so does its database. */
export const ZHealth = z.object({ status: z.enum(["ok", "unavailable"]) });
export type Health = z.infer<typeof ZHealth>;
