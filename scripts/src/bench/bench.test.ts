// The benchmarks' short versions: they must keep running and report their figures (never a timing assertion).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const TSX = require.resolve("tsx/cli");

async function benchOutput(file: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(process.execPath, [TSX, path.join(__dirname, file), ...args], {
    timeout: 120_000,
  });
  return stdout;
}

async function runBench(file: string, args: string[]): Promise<Record<string, unknown>[]> {
  return (await benchOutput(file, args))
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * The TypeScript sources through tsx: the production entry would build dist/ first, while the production build's
 * own test may be building it (the full benches run the production entry).
 */
const SOURCES = ["--server", "sources"];

jest.setTimeout(150_000);

describe("npm run bench (short versions)", () => {
  it("intake: API and raw insert at 50 and 200 clients, with their ratio and no errors", async () => {
    const lines = await runBench("intake.ts", ["--submissions", "60", "--warm-up", "20", ...SOURCES]);
    const kinds = lines.map((l) => `${String(l.kind)}@${String(l.concurrency ?? "")}`);
    expect(kinds).toEqual([
      ...["50", "200"].flatMap((c) => [`raw-insert@${c}`, `api@${c}`, `ratio@${c}`]),
      "server-memory@",
    ]);
    expect(lines.at(-1)!.peakRssMiB).toBeGreaterThan(0);
    for (const line of lines.filter((l) => l.kind === "api" || l.kind === "raw-insert")) {
      expect(line).toMatchObject({ submissions: 60, errors: 0 });
      expect(line.perSecond).toBeGreaterThan(0);
    }
    for (const line of lines.filter((l) => l.kind === "ratio")) expect(line.ratio).toBeGreaterThan(0);
  });

  it("progress: median times at two sizes for the province, a district and a day", async () => {
    const lines = await runBench("progress.ts", ["--quick", ...SOURCES]);
    expect(lines.map((l) => `${String(l.responses)} ${String(l.query)}`)).toEqual(
      ["2000", "5000"].flatMap((n) => [`${n} province`, `${n} district`, `${n} day`]),
    );
    for (const line of lines) expect(line.p50).toBeGreaterThan(0);
  });

  it("qr: the kit for all 209 communes, timed", async () => {
    const lines = await runBench("qr.ts", ["1"]);
    expect(lines.map((l) => l.kind)).toEqual(["run", "median"]);
    expect(lines[1]).toMatchObject({ bench: "qr", communes: 209, runs: 1 });
    expect(lines[1]!.medianMs).toBeGreaterThan(0);
  });

  it("results and exports: figures, xlsx and csv at two sizes, with their peak memory", async () => {
    // Exits non-zero when the larger size's peak is over 1.5 × the smaller's (the streaming export's check).
    const lines = await runBench("results-export.ts", ["300", "900"]);
    expect(lines.map((l) => `${String(l.kind)} ${String(l.responses ?? "")}`)).toEqual([
      "size 300",
      "size 900",
      "ratio ",
    ]);
    for (const size of lines.slice(0, 2)) {
      expect(size.xlsxBytes).toBeGreaterThan(0);
      expect(size.csvBytes).toBeGreaterThan(0);
      expect(size.peakRssMiB).toBeGreaterThanOrEqual(size.baseRssMiB as number);
    }
    expect(lines[2]).toMatchObject({ goal: 1.5, responsesRatio: 3 });
    expect(lines[2]!.peakRssRatio).toBeGreaterThan(0);
  });
});
