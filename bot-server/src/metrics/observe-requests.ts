import type { Request, RequestHandler, Response } from "express";
import type { Metrics, SubmissionOutcome } from "./metrics";

const SUBMISSIONS_PATH = "/api/responses";

// The route pattern keeps the label set small (no commune codes or dates); anything unrouted is one label.
function routeOf(req: Request, path: string): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === "string") return route;
  return path.startsWith("/app/") ? "/app/*" : "unmatched";
}

function submissionOutcome(res: Response): { outcome: SubmissionOutcome; code: string } {
  if (res.statusCode === 201) return { outcome: "accepted", code: "" };
  if (res.statusCode === 200) return { outcome: "retried", code: "" };
  const code = res.locals.errorCode;
  return { outcome: "refused", code: typeof code === "string" ? code : `HTTP_${res.statusCode}` };
}

/** Time every request (by route pattern) and count each submission's outcome, when its answer is sent. */
export function observeRequests(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.requestDuration.startTimer();
    const path = req.path; // routers may rewrite req.url on the way
    res.once("finish", () => {
      stop({
        method: req.method,
        route: routeOf(req, path),
        status: `${Math.floor(res.statusCode / 100)}xx`,
      });
      if (req.method === "POST" && path === SUBMISSIONS_PATH) metrics.submissions.inc(submissionOutcome(res));
    });
    next();
  };
}
