import { Router } from "express";
import { rateLimit } from "express-rate-limit";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { submitResponse } from "./submit-response";
import { groupCommit } from "./group-commit";

/** Public: POST /api/responses — a resident's completed form (rate-limited per IP). */
export function responseRoutes(ctx: AppContext): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: ctx.config.rateLimitPerMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // The client's address follows TRUST_PROXY on purpose; X-Forwarded-For without a trusted proxy is noise.
    validate: { xForwardedForHeader: false },
    handler: (_req, _res, next) => next(new AppError("RATE_LIMITED")),
  });
  // Submissions that arrive together are stored together: one statement and one commit per batch.
  const store = groupCommit(ctx.db, { logger: ctx.logger });
  router.post("/api/responses", limiter, async (req, res) => {
    const result = await submitResponse(ctx, store, req.body, {
      zaloAccessToken: req.get("x-zalo-access-token"),
      deviceId: req.get("x-device-id"),
    });
    res.status(result.created ? 201 : 200).json(result.receipt);
  });
  return router;
}
