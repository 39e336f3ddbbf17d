import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MINI_APP_DIR = join(__dirname, "../..");
const WWW_INDEX = join(MINI_APP_DIR, "www/index.html");
const SOURCES = ["src", "index.html", "app-config.json", "vite.config.ts", "../shared/src"];
// Browser test files run in parallel workers: one builds while the others wait, or a build would empty www/
// under a server that is serving it.
const LOCK = join(tmpdir(), "pks02-mini-app-build.lock");
const STALE_LOCK_MS = 120_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function isBuilt(): boolean {
  const built = existsSync(WWW_INDEX) ? statSync(WWW_INDEX).mtimeMs : 0;
  return built > Math.max(...SOURCES.map((s) => newestMtime(join(MINI_APP_DIR, s))));
}

function withBuildLock(work: () => void): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > STALE_LOCK_MS)
        rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Build the Mini App into www/ when it is missing or older than its sources (the server serves www/ at /app/). */
export function ensureMiniAppBuilt(): void {
  if (isBuilt()) return;
  withBuildLock(() => {
    if (!isBuilt()) build();
  });
}

function build(): void {
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: MINI_APP_DIR,
    encoding: "utf8",
    // jest sets NODE_ENV=test, which Vite would inline: React's development build and zmp-ui's non-production
    // router basename. Build exactly what ships.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
