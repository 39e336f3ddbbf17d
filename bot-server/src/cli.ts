// Operator CLI: `npm run jobs -- <job> [--date YYYY-MM-DD] [--force] [--campaign <id>]` and
// `npm run jobs -- purge-respondent-keys [--campaign <id>]`. Asks the running server (same
// configuration, admin token) to run the job; with no server listening, runs it against the database
// itself and delivers the posts. Either way the (job, date) once-only rule holds.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ZRespondentKeysPurge, formatDateVi, localDateOf, type RespondentKeysPurge } from "@pks02/shared";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import type { AppContext } from "./context";
import { AppError } from "./http/errors";
import { runJob, type JobRunResult } from "./jobs/run-job";
import { CLI_USAGE, parseCliArgs, type CliArgs } from "./jobs/cli-args";
import { createLogger } from "./logger";
import { createMetrics } from "./metrics/metrics";
import { groupTransportFor } from "./features";
import { deliverDueMessages } from "./outbox/worker";
import { openReadyDatabase } from "./server";
import { campaignOf } from "./campaigns/resolve";
import { askServer } from "./jobs/cli-server";
import { purgeRespondentKeys } from "./responses/purge-respondent-keys";

type Args = CliArgs;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Through the running server; undefined when nothing listens on the configured port. */
function viaServer(config: AppConfig, args: Args): Promise<JobRunResult | undefined> {
  const isRun = (reply: unknown): reply is JobRunResult =>
    typeof (reply as { status?: unknown } | null)?.status === "string";
  const { date, force, campaign } = args;
  return askServer(config, `/api/admin/jobs/${args.job}/run`, { date, force, campaign }, isRun);
}

/**
 * The embedded database is one process's: PGlite keeps pgdata/postmaster.pid while it is open (and removes
 * it on close), so its presence means a server on another port, and opening it here could corrupt it.
 */
export function assertEmbeddedFree(config: AppConfig): void {
  if (config.database.kind !== "embedded") return;
  const pidFile = join(config.database.dataDir, "pgdata", "postmaster.pid");
  if (!existsSync(pidFile)) return;
  throw new Error(
    `Cơ sở dữ liệu trong ${config.database.dataDir} đang được một máy chủ dùng, nhưng không có máy chủ nào trả lời ` +
      `ở cổng ${config.port}. Đặt PORT bằng cổng của máy chủ đó rồi chạy lại (hoặc tắt máy chủ). ` +
      `Nếu máy chủ đã dừng đột ngột, xóa ${pidFile}.`,
  );
}

/** No server running: open the database and do the work here. */
async function direct<T>(
  config: AppConfig,
  now: () => Date,
  work: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  assertEmbeddedFree(config);
  const database = await openReadyDatabase(config);
  try {
    const ctx: AppContext = {
      config,
      db: database.db,
      logger: createLogger(config.logLevel),
      now,
      metrics: createMetrics(),
    };
    return await work(ctx);
  } finally {
    await database.close();
  }
}

/** Run the job here and deliver what it queued. */
async function runJobHere(ctx: AppContext, args: Args, io: CliIo): Promise<JobRunResult> {
  const { campaign, ...job } = args;
  const result = await runJob(ctx, { ...job, campaign: campaignOf(ctx, campaign), trigger: "cli" });
  const delivered = await deliverDueMessages(ctx, groupTransportFor(ctx));
  if (delivered.failed > 0) io.out(`${delivered.failed} tin chưa gửi được; máy chủ sẽ gửi lại khi chạy.`);
  return result;
}

/** `purge-respondent-keys [--campaign <id>]`: through the server, or here; then what it means, in one line. */
async function purgeKeys(
  config: AppConfig,
  io: CliIo,
  now: () => Date,
  campaign: string | undefined,
): Promise<void> {
  const isPurge = (reply: unknown): reply is RespondentKeysPurge =>
    ZRespondentKeysPurge.safeParse(reply).success;
  const result =
    (await askServer(config, "/api/admin/respondent-keys/purge", { campaign }, isPurge)) ??
    (await direct(config, now, (ctx) => purgeRespondentKeys(ctx, campaignOf(ctx, campaign))));
  io.out(
    `Đã xóa ${result.deleted} khóa chống trả lời trùng của đợt khảo sát ${result.campaignId} ` +
      `(phiếu ${result.surveyId}, kết thúc ${result.windowEnd}): từ nay không còn gì nối một phiếu với người trả lời.`,
  );
}

/** Run the CLI; returns the exit code (0 done or already done, 1 failed, 2 usage). */
export async function runCli(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsed = parseCliArgs(argv, localDateOf(now()));
  if (!parsed.ok) {
    if (parsed.problem) io.err(parsed.problem);
    io.err(CLI_USAGE);
    return 2;
  }
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`Lỗi cấu hình: ${error.message}`);
    return 2;
  }
  try {
    if (parsed.command === "purge-respondent-keys") {
      await purgeKeys(config, io, now, parsed.campaign);
      return 0;
    }
    const { args } = parsed;
    const result =
      (await viaServer(config, args)) ?? (await direct(config, now, (ctx) => runJobHere(ctx, args, io)));
    const day = formatDateVi(result.date);
    io.out(
      result.status === "posted"
        ? `Đã chạy ${result.job} ngày ${day}: ${result.messages} tin nhắn gửi vào nhóm (lần chạy #${result.runId}).`
        : `${result.job} ngày ${day} đã chạy trước đó nên không đăng lại. Thêm --force để đăng lại.`,
    );
    return 0;
  } catch (error) {
    // An operator runs the CLI: staff words (a wrong campaign id is a typo, not a QR code to rescan).
    if (error instanceof AppError) io.err(error.messageFor("staff"));
    else io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), { out: console.log, err: console.error }).then((code) =>
    process.exit(code),
  );
}
