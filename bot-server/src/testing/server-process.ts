import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_VARIABLES } from "../config";

const ROOT = join(__dirname, "../../..");
const BANNER_URL = /PKS02 bot server: (http:\/\/\S+)/;

export interface ServerProcessOptions {
  /** Variables on top of an environment cleared of every variable the server reads. */
  env: Record<string, string>;
  /** Node flags before the entry point (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** What node runs (default: the TypeScript sources through tsx, as `npm start` runs them). */
  entry?: string[];
  startTimeoutMs?: number;
}

/** How the process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** What the process wrote so far (stdout and stderr). */
  output(): string;
  /** SIGTERM (a clean shutdown, which writes a CPU profile) and wait for the exit. */
  stop(): Promise<ProcessExit>;
  /** SIGKILL: the process dies mid-request, as on a crash or an out-of-memory kill. */
  kill(): Promise<ProcessExit>;
}

/**
 * `npm run start:prod`'s node arguments (flags and the compiled entry point), read from package.json: what
 * operators run, for `entry`. Needs `npm run build:server` first.
 */
export function productionEntry(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string | undefined>;
  };
  const [command, ...args] = (scripts["start:prod"] ?? "").split(/\s+/);
  if (command !== "node") throw new Error(`start:prod does not run node: ${scripts["start:prod"]}`);
  return args;
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) delete env[name];
  return env;
}

function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<ProcessExit> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null || child.signalCode !== null)
      return resolve({ code: child.exitCode, signal: child.signalCode });
    child.once("exit", (code, exitSignal) => resolve({ code, signal: exitSignal }));
    child.kill(signal);
  });
}

/**
 * Start the real server process (`bot-server/src/index.ts` as `npm start` runs it, or another `entry`) with
 * the given variables, and wait for its banner. The output is kept so that a test can scan the logs afterwards.
 */
export function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env = { ...cleanEnv(), PORT: "0", HOST: "127.0.0.1", ...options.env };
  const entry = options.entry ?? ["--import", "tsx", "bot-server/src/index.ts"];
  const args = [...(options.nodeArgs ?? []), ...entry];
  const child = spawn(process.execPath, args, { cwd: ROOT, env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start:\n${output}`));
    }, options.startTimeoutMs ?? 45_000);
    const poll = setInterval(() => {
      // The banner says localhost; load stays on the loopback address the server listens on.
      const url = BANNER_URL.exec(output)?.[1]?.replace("//localhost:", "//127.0.0.1:");
      if (!url) return;
      clearInterval(poll);
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        child,
        url,
        output: () => output,
        stop: () => ended(child, "SIGTERM"),
        kill: () => ended(child, "SIGKILL"),
      });
    }, 50);
    child.once("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
