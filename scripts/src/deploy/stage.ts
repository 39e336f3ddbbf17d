import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import {
  APP_CONFIG,
  listFiles,
  readBuiltAppConfig,
  type BuiltAppConfig,
  type BundleFile,
} from "./check-bundle";

/** A deploy that cannot go on; its message (Vietnamese, for the operator) says why. */
export class DeployError extends Error {}

// A folder this tool made and may empty again; anything else given as --out is left alone.
const MARKER = ".pks02-deploy";

export interface StagedBundle {
  stageDir: string;
  wwwDir: string;
  config: BuiltAppConfig;
  files: BundleFile[];
}

/** An empty staging folder: created, or emptied when this tool made it. */
export function prepareStageDir(stageDir: string): void {
  if (existsSync(stageDir) && readdirSync(stageDir).length > 0) {
    if (!existsSync(join(stageDir, MARKER)))
      throw new DeployError(`${stageDir} đã có tệp không do công cụ này tạo: chọn thư mục khác với --out.`);
    rmSync(stageDir, { recursive: true, force: true });
  }
  mkdirSync(stageDir, { recursive: true });
  writeFileSync(join(stageDir, MARKER), "");
}

/** Build the Mini App for production into `wwwDir`, with the bot server's public address baked in. */
export function buildMiniApp(root: string, apiBase: string, wwwDir: string): void {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "build", "-w", "@pks02/mini-app", "--", "--outDir", wwwDir], {
    cwd: root,
    env: { ...process.env, VITE_API_BASE: apiBase, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (build.status !== 0)
    throw new DeployError(`Build Mini App thất bại (mã ${build.status}):\n${build.stderr || build.stdout}`);
}

/** The framework versions Zalo records with an upload (zmp-cli reads them from package.json). */
function stagedPackageJson(root: string): string {
  const source = JSON.parse(readFileSync(join(root, "mini-app/package.json"), "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
  };
  const frameworks = Object.entries(source.dependencies).filter(([name]) => /zmp|react/.test(name));
  return JSON.stringify(
    {
      name: "pks02-mini-app",
      version: source.version,
      private: true,
      dependencies: Object.fromEntries(frameworks),
    },
    null,
    2,
  );
}

/**
 * Lay the built www/ out the way zmp-cli-core's deploy of a custom project reads it: app-config.json (the
 * built one, with the asset lists) and package.json beside www/. index.html goes: Zalo does not upload it.
 */
export function stageBundle(root: string, stageDir: string): StagedBundle {
  const wwwDir = join(stageDir, "www");
  rmSync(join(wwwDir, "index.html"), { force: true });
  copyFileSync(join(wwwDir, APP_CONFIG), join(stageDir, APP_CONFIG));
  writeFileSync(join(stageDir, "package.json"), stagedPackageJson(root));
  return { stageDir, wwwDir, config: readBuiltAppConfig(wwwDir), files: listFiles(wwwDir) };
}
