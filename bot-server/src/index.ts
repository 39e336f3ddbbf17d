import { COMMUNES, formatDateVi } from "@pks02/shared";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import { createLogger } from "./logger";
import { installProcessSafety } from "./process-safety";
import { DEVICE_IDS_WARNING, startServer, type RunningServer } from "./server";

const EXAMPLE_COMMUNES = ["07201", "07222", "07441"];
const SHUTDOWN_DEADLINE_MS = 9_500;

function banner(config: AppConfig, url: string): string {
  const base = config.publicBaseUrl ?? url;
  const window = `${formatDateVi(config.surveyWindow.start)} – ${formatDateVi(config.surveyWindow.end)}`;
  const lines = [
    "",
    `PKS02 bot server: ${base}`,
    `  database:     ${config.database.kind === "embedded" ? `embedded PGlite in ${config.database.dataDir}` : "PostgreSQL (DATABASE_URL)"}`,
    `  survey days:  ${window}${config.windowSource === "today" ? " (no SURVEY_START/SURVEY_END: opened from today so you can try the whole flow)" : ""}`,
    `  health:       ${base}/healthz`,
    `  survey API:   ${base}/api/survey`,
    `  Mini App:`,
    ...EXAMPLE_COMMUNES.map(
      (code) => `    ${base}/app/?commune=${code}  (${COMMUNES.find((c) => c.code === code)?.name})`,
    ),
    `  Zalo group:   ${config.zaloGroup.mode === "console" ? `console group at ${base}/group` : `group ${config.zaloGroup.groupId}`}`,
  ];
  if (config.allowDeviceIds && config.database.kind === "postgres")
    lines.push(`  WARNING:      ${DEVICE_IDS_WARNING}`);
  if (config.adminTokenGenerated)
    lines.push(`  admin token:  ${config.adminToken}  (generated; kept in the data folder)`);
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  // Whatever the server writes (the embedded database, generated secrets) is readable by its user only.
  process.umask(0o077);
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  installProcessSafety(logger);
  const server = await startServer(config, { logger });
  process.stdout.write(banner(config, server.url));
  const shutdown = shutdownOnce(server);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

/**
 * SIGTERM/SIGINT: stop accepting, finish the requests in flight and the background rounds, close the
 * database, exit 0; a watchdog exits 1 if that has not happened within 9.5 s (process managers kill at 10 s).
 */
function shutdownOnce(server: RunningServer): (signal: NodeJS.Signals) => void {
  const { logger } = server.context;
  let closing = false;
  return (signal) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    setTimeout(() => {
      logger.error("shutdown took longer than 9.5 s; exiting anyway");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    server.close().then(
      () => {
        logger.info("shut down cleanly");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
}

void main().catch((error: unknown) => {
  console.error("PKS02 bot server failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
