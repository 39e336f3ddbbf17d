// Runs every benchmark in turn: `npm run bench`. Each prints its own figures and ratios.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BENCHES = ["qr.ts", "intake.ts", "progress.ts", "mini-app.ts", "results-export.ts"];

let failed = false;
for (const bench of BENCHES) {
  process.stderr.write(`\n== ${bench}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, bench)], {
    stdio: "inherit",
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
