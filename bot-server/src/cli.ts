// Operator CLI: `npm run jobs -- <job> --date YYYY-MM-DD [--force]`. Asks the running server (same
// configuration, admin token) to run the job; with no server listening, runs it against the database
// itself and delivers the posts. Either way the (job, date) once-only rule holds.
import { z } from "zod";
import { ZLocalDate, formatDateVi, localDateOf } from "@pks02/shared";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import type { AppContext } from "./context";
import { openDatabase } from "./db/database";
import { migrate } from "./db/migrate";
import { seedRegistry } from "./communes/seed";
import { AppError } from "./http/errors";
import { runJob, type JobRunResult } from "./jobs/run-job";
import { JOB_NAMES } from "./jobs/schema";
import { createLogger } from "./logger";
import { groupTransportFor } from "./outbox/group-transport";
import { deliverDueMessages } from "./outbox/worker";

const USAGE = `Cách dùng: npm run jobs -- <${JOB_NAMES.join("|")}> --date YYYY-MM-DD [--force]`;

const ZArgs = z.object({ job: z.enum(JOB_NAMES), date: ZLocalDate, force: z.boolean() });
type Args = z.infer<typeof ZArgs>;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

function parseArgs(argv: string[], today: string): Args | undefined {
  const dateAt = argv.indexOf("--date");
  const rest = argv.filter((a, i) => a !== "--force" && i !== dateAt && i !== dateAt + 1);
  const parsed = ZArgs.safeParse({
    job: rest[0],
    date: dateAt >= 0 ? argv[dateAt + 1] : today,
    force: argv.includes("--force"),
  });
  return parsed.success && rest.length === 1 ? parsed.data : undefined;
}

/** Through the running server; undefined when nothing listens on the configured port. */
async function viaServer(config: AppConfig, args: Args): Promise<JobRunResult | undefined> {
  if (config.port === 0) return undefined;
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${config.port}/api/admin/jobs/${args.job}/run`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${config.adminToken}` },
      body: JSON.stringify({ date: args.date, force: args.force }),
    });
  } catch {
    return undefined;
  }
  const body = (await res.json()) as JobRunResult | { error: { message: string } };
  if ("error" in body) throw new Error(body.error.message);
  return body;
}

/** No server running: open the database, run the job, deliver what it queued. */
async function direct(config: AppConfig, args: Args, io: CliIo): Promise<JobRunResult> {
  const database = await openDatabase(config.database);
  try {
    await migrate(database);
    await seedRegistry(database.db);
    const ctx: AppContext = {
      config,
      db: database.db,
      logger: createLogger(config.logLevel),
      now: () => new Date(),
    };
    const result = await runJob(ctx, { ...args, trigger: "cli" });
    const delivered = await deliverDueMessages(ctx, groupTransportFor(ctx));
    if (delivered.failed > 0) io.out(`${delivered.failed} tin chưa gửi được; máy chủ sẽ gửi lại khi chạy.`);
    return result;
  } finally {
    await database.close();
  }
}

/** Run the CLI; returns the exit code (0 done or already done, 1 failed, 2 usage). */
export async function runCli(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`Configuration error: ${error.message}`);
    return 2;
  }
  const args = parseArgs(argv, localDateOf(new Date()));
  if (!args) {
    io.err(USAGE);
    return 2;
  }
  try {
    const result = (await viaServer(config, args)) ?? (await direct(config, args, io));
    const day = formatDateVi(result.date);
    io.out(
      result.status === "posted"
        ? `Đã chạy ${result.job} ngày ${day}: ${result.messages} tin nhắn gửi vào nhóm (lần chạy #${result.runId}).`
        : `${result.job} ngày ${day} đã chạy trước đó nên không đăng lại. Thêm --force để đăng lại.`,
    );
    return 0;
  } catch (error) {
    io.err(error instanceof AppError || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), { out: console.log, err: console.error }).then((code) =>
    process.exit(code),
  );
}
