// `npm run deploy:mini-app -- [--dry-run] [--version testing|development]`: build the Mini App for production,
// stage it as Zalo's deploy reads it, check it against Zalo's limits, zip it, and upload it through zmp-cli-core
// (the deploy logic zmp-cli itself runs) without a prompt: the Mini App id and deploy token come from the environment.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleProblems, zipProblem } from "./check-bundle";
import { parseDeployCommand, type DeployOptions } from "./options";
import { buildMiniApp, DeployError, prepareStageDir, stageBundle } from "./stage";
import { uploadBundle } from "./upload";
import { zipFolder } from "./zip";

const ROOT = join(__dirname, "../../..");

export interface DeployIo {
  out(line: string): void;
  err(line: string): void;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Build, stage, check and zip; returns the zip's path, or throws DeployError listing every problem. */
async function prepareBundle(options: DeployOptions, io: DeployIo): Promise<string> {
  prepareStageDir(options.stageDir);
  io.err(`Đang build Mini App cho ${options.apiBase} …`);
  buildMiniApp(ROOT, options.apiBase, join(options.stageDir, "www"));
  const bundle = stageBundle(ROOT, options.stageDir);
  const zip = await zipFolder(bundle.wwwDir);
  const zipFile = join(options.stageDir, "www.zip");
  writeFileSync(zipFile, zip);
  const baked = bundle.config.listSyncJS.some((js) =>
    readFileSync(join(bundle.wwwDir, js), "utf8").includes(options.apiBase),
  );
  const problems = [
    ...bundleProblems(bundle.files, bundle.config),
    ...(zipProblem(zip.length) ? [zipProblem(zip.length)!] : []),
    ...(baked ? [] : [`Mã của Mini App không chứa địa chỉ ${options.apiBase}: build lại.`]),
  ];
  if (problems.length > 0) throw new DeployError(`Gói chưa đưa lên Zalo được:\n- ${problems.join("\n- ")}`);
  const total = bundle.files.reduce((sum, f) => sum + f.bytes, 0);
  io.out(
    `Gói Mini App: ${bundle.files.length} tệp, ${kb(total)}; nén ${kb(zip.length)} (Zalo: 3 MB một tệp, 10 MB tệp nén).`,
  );
  return zipFile;
}

/** Run a parsed deploy; returns the exit code (0 done, 1 refused by a check or by Zalo). */
export async function runDeploy(options: DeployOptions, io: DeployIo): Promise<number> {
  try {
    const zipFile = await prepareBundle(options, io);
    if (options.dryRun) {
      io.out(`Chạy thử: không tải lên. Xem gói tại ${zipFile}`);
      return 0;
    }
    io.err(`Đang tải lên Zalo (phiên bản ${options.versionType}) …`);
    const result = await uploadBundle(options, io.err);
    io.out(
      `Đã tải lên phiên bản ${options.versionType}${result.versionId ? ` số ${result.versionId}` : ""}.`,
    );
    if (result.appUrl) io.out(`Mở thử trong Zalo: ${result.appUrl}`);
    return 0;
  } catch (error) {
    io.err(error instanceof DeployError ? error.message : `Triển khai thất bại: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  const command = parseDeployCommand(process.argv.slice(2), process.env, process.cwd());
  if (command.type === "error") {
    console.error(command.message);
    process.exitCode = 2;
  } else {
    void runDeploy(command.options, { out: console.log, err: console.error }).then((code) => {
      process.exitCode = code;
    });
  }
}
