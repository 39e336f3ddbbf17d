import { Router } from "express";
import { sql } from "drizzle-orm";
import type { Health } from "@pks02/shared";
import type { AppContext } from "../context";
import { checkReadiness } from "./readiness";

/**
 * GET /healthz: 200 when the database answers, 503 otherwise (one `SELECT 1`: cheap enough to poll).
 * GET /readyz: 200 when the database answers, every migration is applied and the Zalo token is usable.
 */
export function healthRoutes(ctx: AppContext): Router {
  const { db, logger } = ctx;
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    try {
      await db.execute(sql`SELECT 1`);
      res.json({ status: "ok" } satisfies Health);
    } catch (error) {
      logger.warn({ err: error }, "health check: database unavailable");
      res.status(503).json({ status: "unavailable" } satisfies Health);
    }
  });
  router.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness(ctx);
    res.status(readiness.status === "ready" ? 200 : 503).json(readiness);
  });
  return router;
}
