import { readFileSync } from "node:fs";
import { join } from "node:path";
import compression from "compression";
import { Router, type RequestHandler } from "express";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { requireDashboardSession } from "./access";
import { campaignSwitchRoutes, chooseDashboardCampaign } from "./campaign";
import { communeRoutes } from "./commune-page";
import { countEntryRoutes } from "./count-entry";
import { districtRoutes } from "./district-page";
import { decisionFormRoutes } from "./integrity-decision";
import { loginRoutes } from "./login";
import { overviewRoutes } from "./overview";
import { dashboardErrors } from "./respond";
import { resultsPageRoutes } from "./results-pages";

// Helmet's policy, except that photo reports' thumbnails are Zalo's images and forms post only to us.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join("; ");

const dashboardHeaders: RequestHandler = (_req, res, next) => {
  res.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  next();
};

/** The stylesheet and the small refresh script, served by us (no CDN: the dashboard works on an intranet). */
function assetRoutes(): Router {
  const router = Router();
  const assets = [
    ["dashboard.css", "text/css"],
    ["dashboard.js", "text/javascript"],
  ] as const;
  for (const [name, type] of assets) {
    const text = readFileSync(join(__dirname, "assets", name), "utf8");
    router.get(`/dashboard/assets/${name}`, (_req, res) => {
      res.type(type).set("Cache-Control", "public, max-age=300").send(text);
    });
  }
  return router;
}

/** The staff dashboard at /dashboard: login, overview, district, commune and count-entry pages. */
export function dashboardRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use("/dashboard", compression({ threshold: 1024 }), dashboardHeaders);
  router.use(assetRoutes(), loginRoutes(ctx));
  router.use("/dashboard", requireDashboardSession(ctx), chooseDashboardCampaign(ctx));
  router.use(campaignSwitchRoutes(ctx));
  router.use(overviewRoutes(ctx), districtRoutes(ctx), communeRoutes(ctx), countEntryRoutes(ctx));
  router.use(decisionFormRoutes(ctx));
  router.use(resultsPageRoutes(ctx));
  router.use("/dashboard", (req, _res, next) => {
    // A page of ours that does not exist, as a page (other methods go on to the app's 405/404).
    next(req.method === "GET" ? new AppError("NOT_FOUND", { message: "Không có trang này." }) : undefined);
  });
  router.use("/dashboard", dashboardErrors(ctx));
  return router;
}
