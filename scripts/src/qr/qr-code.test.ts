import { PNG } from "pngjs";
import { qrPng } from "./png";
import { darkRuns, qrMatrix, qrSvg, QR_QUIET_ZONE } from "./qr-code";

const link = "https://zalo.me/s/3423472366583461276/?commune=07441&utm_source=zalo-qr";

describe("QR rendering", () => {
  const matrix = qrMatrix(link);

  it("covers exactly the dark modules with its runs", () => {
    let darkModules = 0;
    for (let row = 0; row < matrix.size; row++)
      for (let col = 0; col < matrix.size; col++) if (matrix.isDark(row, col)) darkModules++;
    expect(darkRuns(matrix).reduce((sum, run) => sum + run.length, 0)).toBe(darkModules);
  });

  it("writes a PNG with a white quiet zone and black modules where the matrix is dark", () => {
    const image = PNG.sync.read(qrPng(matrix, 3));
    const side = (matrix.size + 2 * QR_QUIET_ZONE) * 3;
    const pixel = (x: number, y: number) => image.data[(y * image.width + x) * 4];
    expect([image.width, image.height]).toEqual([side, side]);
    expect(pixel(QR_QUIET_ZONE * 3 - 1, QR_QUIET_ZONE * 3 - 1)).toBe(255);
    expect(pixel(QR_QUIET_ZONE * 3, QR_QUIET_ZONE * 3)).toBe(0); // finder pattern corner
  });

  it("sizes the SVG to the symbol plus its quiet zone", () => {
    const side = matrix.size + 2 * QR_QUIET_ZONE;
    expect(qrSvg(matrix)).toContain(`viewBox="0 0 ${side} ${side}"`);
  });
});
