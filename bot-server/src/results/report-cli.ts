// `npm run report -- --out <dir> [--campaign <id>] [--min-sample N] [--district <code>]`: every results file of
// a campaign into a folder — results.json, results.xlsx, results.csv, results.pdf and one report card per commune
// (of the province, or of one district) — with a progress bar. Reads the database itself (the server may be stopped; an embedded one must be).
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { assertEmbeddedFree } from "../cli";
import { ConfigError, loadConfig, type AppConfig } from "../config";
import type { AppContext } from "../context";
import { createLogger } from "../logger";
import { AppError } from "../http/errors";
import { createMetrics } from "../metrics/metrics";
import { openReadyDatabase } from "../server";
import { campaignOf } from "../campaigns/resolve";
import { computeResults, resultsScope } from "./compute-results";
import { writeResponsesCsv } from "./exports/csv";
import { writeResultsXlsx } from "./exports/xlsx";
import { writeProvinceReportPdf } from "./pdf/province-report";
import { writeReportCardPdf } from "./pdf/report-card";

export const REPORT_USAGE =
  "Cách dùng: npm run report -- --out <thư mục> [--campaign <mã đợt>] [--min-sample <số>]";

/** Write to a file and wait until it is on disk. */
async function toFile(path: string, write: (out: Writable) => Promise<unknown>): Promise<void> {
  const out = createWriteStream(path);
  const done = finished(out);
  await write(out);
  out.end();
  await done;
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string" },
      campaign: { type: "string" },
      "min-sample": { type: "string" },
      district: { type: "string" },
    },
    strict: true,
  });
  if (!values.out) throw new ConfigError("thiếu --out <thư mục>");
  const minSample = values["min-sample"] === undefined ? undefined : Number(values["min-sample"]);
  if (minSample !== undefined && !(Number.isInteger(minSample) && minSample > 0))
    throw new ConfigError("--min-sample phải là số nguyên dương");
  return { out: values.out, campaign: values.campaign, minSample, district: values.district };
}

/** --district names a district of the campaign (an unknown campaign is refused when the files are written). */
function checkDistrict(config: AppConfig, args: ReturnType<typeof parse>): void {
  const { campaigns } = config;
  const campaign = args.campaign === undefined ? campaigns.defaultCampaign : campaigns.find(args.campaign);
  if (args.district !== undefined && campaign && !campaign.units.findParent(args.district))
    throw new ConfigError(`không có huyện mã ${args.district}`);
}

/** Write every file; the bar counts files (four, then one report card per commune). */
async function writeAll(
  ctx: AppContext,
  args: ReturnType<typeof parse>,
  bar: cliProgress.SingleBar,
): Promise<number> {
  const campaign = campaignOf(ctx, args.campaign);
  const districtCode = args.district ?? null;
  const report = await computeResults(ctx, campaign, { districtCode, minSample: args.minSample });
  const scope = resultsScope(campaign, districtCode);
  const cards = join(args.out, "report-cards");
  mkdirSync(cards, { recursive: true });
  bar.start(4 + report.communes.length, 0, { file: "results.json" });
  await toFile(join(args.out, "results.json"), async (out) => out.write(JSON.stringify(report, null, 2)));
  bar.increment({ file: "results.xlsx" });
  await toFile(join(args.out, "results.xlsx"), (out) => writeResultsXlsx(ctx.db, scope, report, out));
  bar.increment({ file: "results.csv" });
  await toFile(join(args.out, "results.csv"), (out) => writeResponsesCsv(ctx.db, scope, out));
  bar.increment({ file: "results.pdf" });
  await toFile(join(args.out, "results.pdf"), (out) => writeProvinceReportPdf(report, campaign, out));
  for (const commune of report.communes) {
    bar.increment({ file: `report-cards/${commune.code}.pdf` });
    await toFile(join(cards, `${commune.code}.pdf`), (out) =>
      writeReportCardPdf(report, campaign, commune.code, out),
    );
  }
  bar.increment({ file: "xong" });
  bar.stop();
  return report.province.pooled.responses;
}

/** Run the report CLI; returns the exit code (0 written, 1 failed, 2 usage or configuration). */
export async function runReportCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: ReturnType<typeof parse>;
  let config: ReturnType<typeof loadConfig>;
  try {
    args = parse(argv);
    config = loadConfig(env);
    checkDistrict(config, args);
    assertEmbeddedFree(config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(REPORT_USAGE);
    return 2;
  }
  const database = await openReadyDatabase(config);
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} tệp · {file}", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  try {
    const ctx: AppContext = {
      config,
      db: database.db,
      logger: createLogger(config.logLevel),
      now: () => new Date(),
      metrics: createMetrics(),
    };
    const responses = await writeAll(ctx, args, bar);
    console.log(`Đã ghi kết quả (${responses} phiếu hợp lệ) vào ${args.out}.`);
    return 0;
  } catch (error) {
    bar.stop();
    // Staff words: a wrong campaign id is a typo, not a QR code to rescan.
    if (error instanceof AppError) console.error(error.messageFor("staff"));
    else console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await database.close();
  }
}

if (require.main === module) void runReportCli(process.argv.slice(2)).then((code) => process.exit(code));
