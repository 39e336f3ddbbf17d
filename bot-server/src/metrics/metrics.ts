import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** What a submission came to: stored now, a retry answered with its first receipt, or refused (by code). */
export type SubmissionOutcome = "accepted" | "retried" | "refused";
/** How a call to Zalo failed: unreachable (network, timeout, 5xx), refused by Zalo, or no usable OA token. */
export type ZaloFailureKind = "network" | "refused" | "auth";

/** The process's Prometheus metrics, each server its own registry (tests run several in one process). */
export interface Metrics {
  registry: Registry;
  submissions: Counter<"outcome" | "code">;
  requestDuration: Histogram<"method" | "route" | "status">;
  zaloErrors: Counter<"kind" | "endpoint">;
}

/** A fresh registry with the counters the code increments and Node's process metrics. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    submissions: new Counter({
      name: "pks02_submissions_total",
      help: "Survey submissions by outcome (accepted, retried, refused) and error code",
      labelNames: ["outcome", "code"],
      registers,
    }),
    requestDuration: new Histogram({
      name: "pks02_http_request_duration_seconds",
      help: "HTTP request latency by method, route and status class",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    zaloErrors: new Counter({
      name: "pks02_zalo_api_errors_total",
      help: "Failed calls to Zalo by kind (network, refused, auth) and endpoint",
      labelNames: ["kind", "endpoint"],
      registers,
    }),
  };
}
