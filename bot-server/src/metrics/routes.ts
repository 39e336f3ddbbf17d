import { createHash, timingSafeEqual } from "node:crypto";
import { Router } from "express";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** Whether the bearer token is the metrics token or the admin token (each compared in constant time). */
function mayScrape(ctx: AppContext, authorization: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return false;
  const presented = digest(match[1]!);
  const allowed = [ctx.config.metricsToken, ctx.config.adminToken].filter((t): t is string => !!t);
  return allowed.map((token) => timingSafeEqual(presented, digest(token))).some(Boolean);
}

/** GET /metrics: Prometheus text format, for `Authorization: Bearer <METRICS_TOKEN or ADMIN_TOKEN>`. */
export function metricsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/metrics", async (req, res) => {
    if (!mayScrape(ctx, req.get("authorization"))) {
      res.set("WWW-Authenticate", 'Bearer realm="pks02-metrics"');
      throw new AppError("UNAUTHORIZED", 401);
    }
    const { registry } = ctx.metrics;
    res.set("Content-Type", registry.contentType).send(await registry.metrics());
  });
  return router;
}
