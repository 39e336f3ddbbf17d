import { Router } from "express";
import { sql } from "drizzle-orm";
import type { AppContext } from "../context";

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function healthRoutes({ db, logger }: AppContext): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    try {
      await db.execute(sql`SELECT 1`);
      res.json({ status: "ok" });
    } catch (error) {
      logger.warn({ err: error }, "health check: database unavailable");
      res.status(503).json({ status: "unavailable" });
    }
  });
  return router;
}
