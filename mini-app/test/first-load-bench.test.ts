// The first-load benchmark's short version (`scripts/src/bench/mini-app.ts --quick`): it must keep running and
// report its figures for both networks, never a timing assertion. It sits with the browser tests because it needs
// the same built Mini App, built under their lock (a build empties www/ under whatever serves it).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ensureMiniAppBuilt } from "./support/build";

const execFileAsync = promisify(execFile);
const TSX = require.resolve("tsx/cli");
const BENCH = join(__dirname, "../../scripts/src/bench/mini-app.ts");

jest.setTimeout(240_000); // a hang guard: the build on a loaded machine, then two throttled first loads

describe("npm run bench: the Mini App's first load (short version)", () => {
  it("reports the first screen's bytes and when its button can be pressed, on both networks", async () => {
    ensureMiniAppBuilt();
    const { stdout } = await execFileAsync(process.execPath, [TSX, BENCH, "--quick", "--server", "sources"], {
      timeout: 200_000,
    });
    const lines = stdout
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.profile)).toEqual(["3G 150 ms 1.6 Mbit/s", "weak 400 ms 400 kbit/s"]);
    for (const line of lines) {
      expect(line).toMatchObject({ bench: "mini-app", runs: 1, goalKB: 100 });
      expect(line.jsCssKB).toBeGreaterThan(10);
      expect(line.allKB).toBeGreaterThan(line.jsCssKB as number);
      expect(line.interactiveMs).toBeGreaterThan(0);
    }
    expect(stdout).toContain("interactive ms");
  });
});
