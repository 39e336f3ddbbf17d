// Times generating the QR kit (images, posters, lists) for all 209 communes: `npx tsx scripts/src/bench/qr.ts [runs]`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMMUNES } from "@pks02/shared";
import { parseQrCommand } from "../qr/options";
import { generateQrKit } from "../qr/generate";

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
  for (let run = 0; run < runs; run++) timings.push(await timeOneRun());
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const format = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `qr kit, ${COMMUNES.length} communes: median ${format(median)}, best ${format(sorted[0]!)}, ` +
      `worst ${format(sorted[sorted.length - 1]!)} over ${runs} runs (first run includes warm-up)`,
  );
}

void main();
