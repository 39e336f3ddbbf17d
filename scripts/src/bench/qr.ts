// Times generating the QR kit (images, posters, lists) for all 209 communes: `npx tsx scripts/src/bench/qr.ts [runs]`.
// Prints one JSON line per run and one for the median, then a short table.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMUNES } from "@pks02/shared";
import { parseQrCommand } from "../qr/options";
import { generateQrKit } from "../qr/generate";
import { table } from "./load";

/** A well-formed but made-up Mini App id: the bench measures work, not links. */
const BENCH_APP_ID = "1234567890123456789";

async function timeOneRun(): Promise<number> {
  const outDir = await mkdtemp(path.join(tmpdir(), "pks02-qr-bench-"));
  try {
    // The options an operator's `npm run qr -- --out <dir> --app-id <id>` gets: the default campaign's 209 units.
    const command = parseQrCommand(["--out", outDir, "--app-id", BENCH_APP_ID], {});
    if (command.type !== "run") throw new Error(`the QR command was refused: ${JSON.stringify(command)}`);
    const started = performance.now();
    await generateQrKit(command.options);
    return performance.now() - started;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(process.argv[2] ?? 3) || 3);
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`QR kit, run ${run + 1} of ${runs}…\n`);
    timings.push(await timeOneRun());
    console.log(
      JSON.stringify({
        bench: "qr",
        kind: "run",
        run: run + 1,
        communes: COMMUNES.length,
        ms: Math.round(timings[run]!),
      }),
    );
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    JSON.stringify({
      bench: "qr",
      kind: "median",
      communes: COMMUNES.length,
      runs,
      medianMs: Math.round(median),
      bestMs: Math.round(sorted[0]!),
      worstMs: Math.round(sorted[sorted.length - 1]!),
    }),
  );
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `\n${table([
      ["communes", "runs", "median s", "best s", "worst s"],
      [COMMUNES.length, runs, seconds(median), seconds(sorted[0]!), seconds(sorted[sorted.length - 1]!)],
    ])}\n(the QR kit: images, posters, lists; the first run includes warm-up)`,
  );
}

void main();
