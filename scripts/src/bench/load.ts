// A closed-loop load generator: N clients, each sending its next request when the previous one is answered.
import { readFileSync } from "node:fs";

/** One answered request: how long it took and its status (0 when the connection failed). */
export interface Sample {
  ms: number;
  status: number;
}

export interface LoadResult {
  samples: Sample[];
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Requests whose status was not the one expected. */
  errors: number;
}

/** The p-th percentile (nearest rank) of some values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Time one async operation that yields a status. */
export async function timed(run: () => Promise<number>): Promise<Sample> {
  const started = performance.now();
  const status = await run().catch(() => 0);
  return { ms: performance.now() - started, status };
}

/** Run `count` operations through `concurrency` clients; `ok` says which statuses are not errors. */
export async function runLoad(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<number>,
  ok: (status: number) => boolean,
): Promise<LoadResult> {
  const samples: Sample[] = new Array(count);
  let next = 0;
  const client = async () => {
    while (next < count) {
      const i = next++;
      samples[i] = await timed(() => task(i));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  const ms = samples.map((s) => s.ms);
  return {
    samples,
    seconds,
    perSecond: count / seconds,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    errors: samples.filter((s) => !ok(s.status)).length,
  };
}

/** A fixed-width table of rows (first row: headings), for the end of a benchmark's output. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padStart(widths[c]!)).join("  ")).join("\n");
}

/** The most resident memory a process has had so far, in MiB, from /proc (Linux); NaN elsewhere. */
export function peakRssMiBOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB$/m);
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}
