import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const HELPER = path.join(__dirname, "qr-decode.mjs");

/**
 * Read each PNG with pngjs and decode its QR code with jsQR, in a few child node processes side by side;
 * maps each path to the decoded text, or null when no code is found.
 */
export async function decodeQrPngs(pngPaths: readonly string[]): Promise<Record<string, string | null>> {
  const processCount = Math.max(1, Math.min(availableParallelism(), 4));
  const batches = Array.from({ length: processCount }, (_, index) =>
    pngPaths.filter((_, position) => position % processCount === index),
  ).filter((batch) => batch.length > 0);
  const results = await Promise.all(
    batches.map((batch) =>
      execFileAsync(process.execPath, [HELPER, ...batch], { maxBuffer: 16 * 1024 * 1024 }),
    ),
  );
  return Object.assign(
    {},
    ...results.map(({ stdout }) => JSON.parse(stdout) as Record<string, string | null>),
  );
}
