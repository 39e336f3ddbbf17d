import express, { type Express, type Router } from "express";
import helmet from "helmet";
import cors from "cors";
import { pinoHttp } from "pino-http";
import type { AppContext } from "./context";
import { errorHandler, notFound } from "./http/errors";
import { healthRoutes } from "./health/routes";
import { surveyRoutes } from "./communes/routes";
import { miniAppRoutes } from "./mini-app/routes";

// The Mini App runs inside Zalo on h5.zdn.vn; localhost is for development and browser tests.
const MINI_APP_ORIGINS = [
  /^https:\/\/h5\.zdn\.vn$/,
  /^https?:\/\/localhost(:\d+)?$/,
  /^https?:\/\/127\.0\.0\.1(:\d+)?$/,
];

/** Build the Express app from its dependencies; `index.ts` starts it, tests start it on port 0. */
export function buildApp(context: AppContext, featureRoutes: Router[] = []): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", 1);
  app.use(
    pinoHttp({
      logger: context.logger,
      // Never log answers, tokens or device ids: only method, path and status.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(helmet({ crossOriginResourcePolicy: { policy: "cross-origin" } }));
  app.use("/api", cors({ origin: MINI_APP_ORIGINS, maxAge: 600 }));
  // Keep the raw bytes: webhook signatures are computed over them, not over re-serialised JSON.
  app.use(
    express.json({
      limit: "32kb",
      verify: (req, _res, buf) => {
        (req as unknown as { rawBody: Buffer }).rawBody = buf;
      },
    }),
  );
  app.use(healthRoutes(context));
  app.use(surveyRoutes(context));
  for (const router of featureRoutes) app.use(router);
  app.use(miniAppRoutes(context));
  app.use(notFound);
  app.use(errorHandler(context.logger));
  return app;
}
