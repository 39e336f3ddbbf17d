import type { Logger } from "pino";
import type { AppConfig } from "./config";
import type { Database } from "./db/database";

/** What every feature gets: configuration, the database, the logger and the clock (tests move time). */
export interface AppContext {
  config: AppConfig;
  db: Database;
  logger: Logger;
  now: () => Date;
}

/** A stoppable background service (scheduler, outbox worker, …); features return one from their start function. */
export interface BackgroundService {
  stop(): Promise<void>;
}
