// Prints, as a JSON array, the text of the QR code on each page image named on the command line (null when
// none is found). A child process: jsQR's loops run many times slower inside jest's vm context.
import { readFileSync } from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";

const decodePage = (file) => {
  const { data, width, height } = PNG.sync.read(readFileSync(file));
  return jsQR(new Uint8ClampedArray(data), width, height, { inversionAttempts: "dontInvert" })?.data ?? null;
};
process.stdout.write(JSON.stringify(process.argv.slice(2).map(decodePage)));
