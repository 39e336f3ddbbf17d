import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const MINI_APP_DIR = join(__dirname, "../..");
const WWW_INDEX = join(MINI_APP_DIR, "www/index.html");
const SOURCES = ["src", "index.html", "app-config.json", "vite.config.ts", "../shared/src"];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Build the Mini App into www/ when it is missing or older than its sources (the server serves www/ at /app/). */
export function ensureMiniAppBuilt(): void {
  const built = existsSync(WWW_INDEX) ? statSync(WWW_INDEX).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(MINI_APP_DIR, s))));
  if (built > sources) return;
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: MINI_APP_DIR,
    encoding: "utf8",
    // jest sets NODE_ENV=test, which Vite would inline: React's development build and zmp-ui's non-production
    // router basename. Build exactly what ships.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
