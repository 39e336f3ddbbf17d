// Decodes the QR code in each PNG named on the command line; prints {"<path>": "<text>" | null, ...} as JSON.
// A separate node process because jsQR's hot loops run ~30× slower inside jest's vm context.
import { readFile } from "node:fs/promises";
import jsQR from "jsqr";
import { PNG } from "pngjs";

const decoded = {};
for (const pngPath of process.argv.slice(2)) {
  const image = PNG.sync.read(await readFile(pngPath));
  const rgba = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  decoded[pngPath] = jsQR(rgba, image.width, image.height, { inversionAttempts: "dontInvert" })?.data ?? null;
}
process.stdout.write(JSON.stringify(decoded));
