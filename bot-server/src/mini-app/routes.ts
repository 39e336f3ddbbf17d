import { existsSync } from "node:fs";
import { basename, join, sep } from "node:path";
import express, { type Router } from "express";
import type { AppContext } from "../context";
import { gzipAssets } from "./gzip-assets";

// Each build replaces the hashed asset files, so index.html and app-config.json must be revalidated every
// time (a stale one points at assets that are gone: a blank page), while the hashed assets never change.
function cacheHeaders(res: express.Response, path: string): void {
  if (path.includes(`${sep}assets${sep}`))
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  else res.setHeader("Cache-Control", "no-cache");
  if (basename(path) === "index.html") res.setHeader("X-Content-Type-Options", "nosniff");
}

/** Serve the built Mini App at /app/ (same origin as the API) for the local default. */
export function miniAppRoutes({ config }: AppContext): Router {
  const router = express.Router();
  router.use("/app/assets", gzipAssets(join(config.miniAppDir, "assets")));
  router.use("/app", express.static(config.miniAppDir, { index: "index.html", setHeaders: cacheHeaders }));
  router.get("/app", (_req, res, next) => {
    if (existsSync(config.miniAppDir)) return next();
    res
      .status(503)
      .type("text/plain; charset=utf-8")
      .send("Mini App chưa được build: chạy `npm run build:app`.");
  });
  return router;
}
