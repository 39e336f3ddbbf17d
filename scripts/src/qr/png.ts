import { crc32, deflateSync } from "node:zlib";
import { darkRuns, QR_QUIET_ZONE, type QrMatrix } from "./qr-code";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The symbol as an 8-bit greyscale PNG with its quiet zone, `pixelsPerModule` pixels a module.
 * Written by hand: the encoder in `qrcode` takes ~50 ms an image (10 s for the province), and 8-bit
 * greyscale rather than 1-bit because common decoders read it several times faster for the same file size.
 */
export function qrPng(matrix: QrMatrix, pixelsPerModule: number): Buffer {
  const side = (matrix.size + 2 * QR_QUIET_ZONE) * pixelsPerModule;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, no filter, no interlace
  const pixels = deflateSync(scanlines(matrix, pixelsPerModule, side));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Rows of `1 + side` bytes: filter type 0 ("none"), then one byte a pixel, white 0xff, black 0. */
function scanlines(matrix: QrMatrix, pixelsPerModule: number, side: number): Buffer {
  const rowBytes = 1 + side;
  const image = Buffer.alloc(rowBytes * side, 0xff);
  for (let y = 0; y < side; y++) image[y * rowBytes] = 0;
  for (const run of darkRuns(matrix)) {
    const firstPixel = 1 + (run.col + QR_QUIET_ZONE) * pixelsPerModule;
    const top = (run.row + QR_QUIET_ZONE) * pixelsPerModule;
    for (let y = top; y < top + pixelsPerModule; y++) {
      const start = y * rowBytes + firstPixel;
      image.fill(0, start, start + run.length * pixelsPerModule);
    }
  }
  return image;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, checksum]);
}
