#!/usr/bin/env node
// `npm start` and `npm test` on a fresh clone: install from the lockfile when needed, then start the bot server
// (building the Mini App first when its sources changed) or run every workspace's tests. Built-ins only: this runs
// before dependencies exist.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function ensureDependencies() {
  const installed = join(root, "node_modules/.package-lock.json");
  if (
    existsSync(installed) &&
    statSync(installed).mtimeMs >= statSync(join(root, "package-lock.json")).mtimeMs
  )
    return;
  console.error("Installing dependencies from the lockfile (npm ci)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
}

function ensureMiniAppBuilt() {
  const app = join(root, "mini-app");
  if (!existsSync(join(app, "vite.config.ts"))) return;
  const sources = ["src", "index.html", "vite.config.ts", "app-config.json", "package.json"].map((p) =>
    join(app, p),
  );
  sources.push(join(root, "shared/src"));
  const built = newestMtime(join(app, "www/index.html"));
  if (built > 0 && built >= Math.max(...sources.map(newestMtime))) return;
  console.error("Building the Mini App (mini-app/www)…");
  run(npm, ["run", "build", "-w", "@pks02/mini-app"]);
}

function start(args) {
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts", ...args], {
    cwd: root,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function test(args) {
  const resultsDir = mkdtempSync(join(tmpdir(), "pks02-jest-"));
  const resultsFile = join(resultsDir, "results.json");
  const jest = join(root, "node_modules/jest/bin/jest.js");
  const result = spawnSync(process.execPath, [jest, "--json", `--outputFile=${resultsFile}`, ...args], {
    cwd: root,
    stdio: "inherit",
  });
  if (existsSync(resultsFile)) {
    const summary = JSON.parse(readFileSync(resultsFile, "utf8"));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    // The plain closing line CI reads: "N passed, N failed".
    console.log(
      `\njest: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
    );
  }
  rmSync(resultsDir, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}

const [command, ...args] = process.argv.slice(2);
ensureDependencies();
// The browser tests build the Mini App themselves when it is stale (mini-app/test/support/build.ts, under a lock).
if (command === "start") {
  ensureMiniAppBuilt();
  start(args);
} else if (command === "test") test(args);
else {
  console.error("usage: node scripts/run.mjs start|test [args]");
  process.exit(2);
}
