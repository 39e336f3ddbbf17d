import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { CONFIG_VARIABLES } from "../config";

const ROOT = join(__dirname, "../../..");
const BANNER_URL = /PKS02 bot server: (http:\/\/\S+)/;
/** The banner's last line, whole (a token cut between two chunks must not be read as the token). */
const BANNER_TOKEN = /admin token: +(\S+)[^\n]*\n/;

export interface EmbeddedProcessOptions {
  /** DATA_DIR: where the embedded PGlite and the generated secrets live. */
  dataDir: string;
  /** Variables on top of the clean environment; LOG_LEVEL is "warn" unless given. */
  env?: Record<string, string>;
  /** How long the banner may take to appear (default 100 s: generous, the machine may be loaded). */
  startTimeoutMs?: number;
}

export interface EmbeddedProcess {
  child: ChildProcess;
  /** The server's URL, from the banner. */
  url: string;
  /** The admin token the banner shows (generated once, kept in the data folder). */
  adminToken: string;
  /** What the process wrote (stdout and stderr) up to the end of its banner. */
  output: string;
  /** SIGTERM, then wait until the process has exited. */
  stop(): Promise<void>;
}

/** This run's environment without any variable the server reads, as on a machine where none is set. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return env;
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * Start the real server process the way `npm start` does with nothing configured (no DATABASE_URL: embedded
 * PGlite in `dataDir`, a window opened from today, a generated admin token) on port 0, and wait for its banner.
 */
export function startEmbeddedProcess(options: EmbeddedProcessOptions): Promise<EmbeddedProcess> {
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    DATA_DIR: options.dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...options.env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts"], { cwd: ROOT, env });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`server did not start:\n${output}`));
    }, options.startTimeoutMs ?? 100_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = BANNER_URL.exec(output)?.[1];
      const adminToken = BANNER_TOKEN.exec(output)?.[1];
      if (url && adminToken) {
        clearTimeout(timer);
        resolve({ child, url, adminToken, output, stop: () => stopProcess(child) });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Start the real server process with these variables and wait for it to exit (for start-up refusals). */
export function runProcessToExit(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bot-server/src/index.ts"], {
    cwd: ROOT,
    env: { ...cleanEnv(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`server did not exit:\n${output}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
