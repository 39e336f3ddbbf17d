import express, { type Express, type RequestHandler, type Router } from "express";
import compression from "compression";
import cors from "cors";
import type { AppContext } from "./context";
import { errorHandler, notFound } from "./http/errors";
import {
  parseJsonBody,
  rejectUnsafeJson,
  requireJsonContentType,
  storableWebhookText,
} from "./http/json-body";
import { requestLog } from "./http/request-log";
import { securityHeaders } from "./http/security-headers";
import { limitFailedStaffAuth } from "./auth/auth-failure-limit";
import { methodNotAllowed } from "./http/route-methods";
import { healthRoutes } from "./health/routes";
import { metricsRoutes } from "./metrics/routes";
import { observeRequests } from "./metrics/observe-requests";
import { surveyRoutes } from "./communes/routes";
import { miniAppRoutes } from "./mini-app/routes";

// The Mini App runs inside Zalo on h5.zdn.vn (zbrowser://h5.zdn.vn in Zalo for iOS); localhost is for
// development and browser tests.
const MINI_APP_ORIGINS = [
  /^https:\/\/h5\.zdn\.vn$/,
  /^zbrowser:\/\/h5\.zdn\.vn$/,
  /^https?:\/\/localhost(:\d+)?$/,
  /^https?:\/\/127\.0\.0\.1(:\d+)?$/,
];

/**
 * The survey definition is 12 KB of JSON: gzip saves residents on weak 3G a few tenths of a second. A
 * submission's receipt is under 100 bytes, below the 1 KB threshold, so its route skips compression's
 * wrapper altogether.
 */
function compressReplies(): RequestHandler {
  const compress = compression({ threshold: 1024 });
  return (req, res, next) =>
    req.method === "POST" && req.path === "/responses" ? next() : compress(req, res, next);
}

/**
 * Build the Express app from its dependencies; `index.ts` starts it, tests start it on port 0.
 * Every answer that is not a success is `{error: {code, message, details}}`: bodies are checked at the edge
 * (JSON only for the API, 32 KB, text PostgreSQL can store), then routes, then 405 for a known path with
 * another method, 404 for the rest.
 */
export function buildApp(context: AppContext, featureRoutes: Router[] = []): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", context.config.trustProxy);
  app.use(requestLog(context.logger));
  app.use(limitFailedStaffAuth(context.config));
  app.use(observeRequests(context.metrics));
  app.use(securityHeaders({ crossOriginResourcePolicy: { policy: "cross-origin" } }));
  app.use("/api", cors({ origin: MINI_APP_ORIGINS, maxAge: 600 }));
  app.use("/api", compressReplies());
  app.use(parseJsonBody());
  app.use("/api", requireJsonContentType(app), rejectUnsafeJson);
  app.use("/webhooks", storableWebhookText);
  app.use(healthRoutes(context));
  app.use(metricsRoutes(context));
  app.use(surveyRoutes(context));
  for (const router of featureRoutes) app.use(router);
  app.use(miniAppRoutes(context));
  app.use(methodNotAllowed(app));
  app.use(notFound);
  app.use(errorHandler(context.logger));
  return app;
}
