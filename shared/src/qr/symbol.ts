/** Level Q (25 % recoverable): a poster on a public desk gets creased, stained and taped over. */
export const QR_ERROR_CORRECTION = "Q";

/** The white border every reader needs around the symbol, in modules (the standard asks for 4). */
export const QR_QUIET_ZONE = 4;

/** The modules of one QR symbol, without its quiet zone (the encoder that makes it lives with the I/O). */
export interface QrMatrix {
  size: number;
  isDark(row: number, col: number): boolean;
}

/** A horizontal run of dark modules, the unit the PDF, PNG and SVG writers draw. */
export interface DarkRun {
  row: number;
  col: number;
  length: number;
}

/** The dark modules of a symbol merged into horizontal runs, row by row. */
export function darkRuns(matrix: QrMatrix): DarkRun[] {
  const runs: DarkRun[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let col = 0; col <= matrix.size; col++) {
      const dark = col < matrix.size && matrix.isDark(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ row, col: start, length: col - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** Printed size of one module in the SVG: 2 mm puts a version-6 symbol at about 10 cm. */
const SVG_MODULE_MM = 2;

/** The symbol as a standalone SVG, quiet zone included, one module per user unit. */
export function qrSvg(matrix: QrMatrix): string {
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  const path = darkRuns(matrix)
    .map((run) => `M${run.col + QR_QUIET_ZONE} ${run.row + QR_QUIET_ZONE}h${run.length}v1h-${run.length}z`)
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side * SVG_MODULE_MM}mm" ` +
    `height="${side * SVG_MODULE_MM}mm" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>\n`
  );
}

/** The few drawing calls a QR needs, which a PDFKit document has (shared/ does not import PDFKit). */
export interface QrCanvas {
  save(): unknown;
  restore(): unknown;
  rect(x: number, y: number, width: number, height: number): unknown;
  fill(color: string): unknown;
}

/** Draw a QR symbol, quiet zone included, as a `side`-point square with its top-left corner at (x, y). */
export function drawQr(canvas: QrCanvas, matrix: QrMatrix, x: number, y: number, side: number): void {
  const module = side / (matrix.size + 2 * QR_QUIET_ZONE);
  canvas.save();
  canvas.rect(x, y, side, side);
  canvas.fill("#ffffff");
  for (const run of darkRuns(matrix)) {
    canvas.rect(
      x + (run.col + QR_QUIET_ZONE) * module,
      y + (run.row + QR_QUIET_ZONE) * module,
      run.length * module,
      module,
    );
  }
  canvas.fill("#000000");
  canvas.restore();
}
