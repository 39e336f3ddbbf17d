// The simulation's server: the real app, in this process so its clock can walk through the survey days,
// on a database of its own that is kept afterwards (so the dashboard, results and posts can be shown on it).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import { addDays, windowDays, type Campaign } from "@pks02/shared";
import { loadConfig } from "@pks02/bot-server/src/config";
import { startServer, type RunningServer } from "@pks02/bot-server/src/server";

export const SIM_ADMIN_TOKEN = "simulation-admin-token-0123456789";
export const SIM_HASH_SECRET = "simulation-respondent-hash-secret";
/** The first survey day of the June 2024 round; the simulation runs `days` days from it. */
export const SIM_FIRST_DAY = "2024-06-12";

export interface SimServer {
  server: RunningServer;
  /** The campaign simulated: the default (its window set to the simulated days) or the one named. */
  campaign: Campaign;
  /** The simulated days, from the campaign's first. */
  days: string[];
  databaseUrl: string;
  logFile: string;
  /** Move the server's clock (local Vietnamese time, e.g. "2024-06-12T08:30"). */
  setClock(localMoment: string): void;
  close(options: { dropDatabase: boolean }): Promise<void>;
}

const SERVER_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function onAdminDatabase(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * Start the server on a new database `pks02_sim_<time>`: the default campaign with a window of `days` days from
 * 12/06/2024, or the campaign named (of campaigns/ and CAMPAIGNS_DIR), on its own first `days` days.
 */
export async function startSimServer(days: number, campaignId?: string): Promise<SimServer> {
  const name = `pks02_sim_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
  await onAdminDatabase(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const logFile = join(mkdtempSync(join(tmpdir(), "pks02-sim-")), "server.log");
  let moment = new Date(`${SIM_FIRST_DAY}T07:00:00+07:00`);
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    ADMIN_TOKEN: SIM_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: SIM_HASH_SECRET,
    SURVEY_START: SIM_FIRST_DAY,
    SURVEY_END: addDays(SIM_FIRST_DAY, days - 1),
    ...(process.env.CAMPAIGNS_DIR ? { CAMPAIGNS_DIR: process.env.CAMPAIGNS_DIR } : {}),
    PORT: "0",
    HOST: "127.0.0.1",
    SCHEDULER_ENABLED: "false",
    RATE_LIMIT_PER_MINUTE: "1000000",
    ALLOW_DEVICE_IDS: "true",
  });
  const campaign = campaignId ? config.campaigns.find(campaignId) : config.campaigns.defaultCampaign;
  if (!campaign) {
    const known = config.campaigns.campaigns.map((c) => c.id).join(", ");
    await onAdminDatabase(`DROP DATABASE IF EXISTS ${name}`);
    throw new Error(
      `--campaign: no campaign ${campaignId} (there are: ${known}); CAMPAIGNS_DIR adds an operator's own`,
    );
  }
  moment = new Date(`${campaign.window.start}T07:00:00+07:00`);
  const logger = pino({ level: "info" }, pino.destination({ dest: logFile, sync: true }));
  const server = await startServer(config, { logger, now: () => moment, background: true });
  return {
    server,
    campaign,
    days: windowDays(campaign.window).slice(0, days),
    databaseUrl: url.toString(),
    logFile,
    setClock(localMoment) {
      moment = new Date(`${localMoment}:00+07:00`);
    },
    async close({ dropDatabase }) {
      await server.close();
      if (dropDatabase) await onAdminDatabase(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
