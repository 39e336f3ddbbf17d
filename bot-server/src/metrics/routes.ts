import { Router } from "express";
import type { AppContext } from "../context";
import { bearerToken } from "../auth/credentials";
import { isMetricsToken, staffForToken } from "../auth/require-staff";
import { AppError } from "../http/errors";

/** Whether the bearer token is the metrics token or the admin token (each compared in constant time). */
function mayScrape(ctx: AppContext, token: string | undefined): boolean {
  if (token === undefined) return false;
  return isMetricsToken(ctx.config, token) || staffForToken(ctx.config, token)?.kind === "admin";
}

/** GET /metrics: Prometheus text format, for `Authorization: Bearer <METRICS_TOKEN or ADMIN_TOKEN>`. */
export function metricsRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/metrics", async (req, res) => {
    if (!mayScrape(ctx, bearerToken(req))) {
      res.set("WWW-Authenticate", 'Bearer realm="pks02-metrics"');
      throw new AppError("UNAUTHORIZED");
    }
    const { registry } = ctx.metrics;
    res.set("Content-Type", registry.contentType).send(await registry.metrics());
  });
  return router;
}
