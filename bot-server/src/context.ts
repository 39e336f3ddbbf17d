import type { Logger } from "pino";
import type { AppConfig } from "./config";
import type { Database } from "./db/database";
import type { Metrics } from "./metrics/metrics";

/** What every feature gets: configuration, the database, the logger, the clock (tests move time), metrics. */
export interface AppContext {
  config: AppConfig;
  db: Database;
  logger: Logger;
  now: () => Date;
  metrics: Metrics;
}

/** A stoppable background service (scheduler, outbox worker, …); features return one from their start function. */
export interface BackgroundService {
  stop(): Promise<void>;
}
