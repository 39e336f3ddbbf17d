import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { AppConfig } from "./config";
import { buildApp } from "./app";
import type { AppContext } from "./context";
import { openDatabase, type DatabaseHandle } from "./db/database";
import { migrate } from "./db/migrate";
import { seedRegistry } from "./communes/seed";
import { checkFormVersions } from "./campaigns/form-versions";
import { ensureRegistrationCodes } from "./group-bot/registration-codes";
import type { BackgroundService } from "./context";
import { featureRoutes, startBackground } from "./features";
import { createLogger } from "./logger";
import { answerClientErrors } from "./http/client-error";
import { drainHttpServer } from "./http/drain";
import { createMetrics } from "./metrics/metrics";
import { registerDatabaseGauges } from "./metrics/database-gauges";

// Leaves time, within the 10 s a process manager usually waits after SIGTERM, to close the database.
const DEFAULT_GRACE_MS = 7_000;

export interface RunningServer {
  url: string;
  port: number;
  context: AppContext;
  database: DatabaseHandle;
  /**
   * Stop accepting requests, let those in flight finish (at most `graceMs`, default 7 s) while the scheduler
   * and the outbox worker finish their round, then close the database.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  now?: () => Date;
  /** Start schedulers and workers (default true). */
  background?: boolean;
}

/**
 * The database, migrated, with every campaign's units seeded and its form versions checked; closed again if a
 * step fails.
 */
export async function openReadyDatabase(config: AppConfig): Promise<DatabaseHandle> {
  const database = await openDatabase(config.database);
  try {
    await migrate(database);
    await seedRegistry(database.db, config.campaigns);
    await checkFormVersions(database.db, config.campaigns, new Date());
    // Each campaign's registration codes for its units and districts (the group's task teams register with them).
    await ensureRegistrationCodes(database.db, config.campaigns.campaigns);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Said at start-up when a production database takes device ids (the summaries mark such responses too). */
export const DEVICE_IDS_WARNING =
  "ALLOW_DEVICE_IDS=true: device ids are accepted as respondents; they prove nothing (one person can send many), so summaries mark such responses as unverified";

/** Open the database, apply migrations, seed the registry, listen, start background work. */
export async function startServer(config: AppConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  if (config.allowDeviceIds && config.database.kind === "postgres") logger.warn(DEVICE_IDS_WARNING);
  const database = await openReadyDatabase(config);
  const now = options.now ?? (() => new Date());
  const context: AppContext = { config, db: database.db, logger, now, metrics: createMetrics() };
  registerDatabaseGauges(context, context.metrics);
  const app = buildApp(context, featureRoutes(context));
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  });
  answerClientErrors(server, logger);
  const services: BackgroundService[] = options.background === false ? [] : await startBackground(context);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    context,
    database,
    async close({ graceMs = DEFAULT_GRACE_MS } = {}) {
      await Promise.all([drainHttpServer(server, graceMs), ...services.map((service) => service.stop())]);
      await database.close();
    },
  };
}
