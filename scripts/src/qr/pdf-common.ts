import { createWriteStream, readFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import PDFDocument from "pdfkit";

export { drawQr } from "@pks02/shared";

/** A4 portrait in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;

let fontFiles: { regular: Buffer; bold: Buffer } | undefined;

// DejaVu covers every Vietnamese letter; the standard PDF fonts do not, so it is embedded (subset).
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fontFiles ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fontFiles;
}

/** A PDF with no page yet, DejaVu registered, streaming to `filePath`; `done` resolves once it is on disk. */
export function openPdf(filePath: string, title: string): { doc: PDFKit.PDFDocument; done: Promise<void> } {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: title, Author: "PKS02" } });
  const fonts = loadFonts();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  const file = createWriteStream(filePath);
  doc.pipe(file);
  const done = finished(file);
  done.catch(() => {}); // the caller awaits it after drawing; until then a write error must not go unhandled
  return { doc, done };
}

/** Stamp a sample page across its middle and along its top edge so nobody prints it for real. */
export function stampSample(doc: PDFKit.PDFDocument, stamp: string): void {
  const { width, height } = A4;
  doc.save().font(FONT.bold).fillColor("#d00000");
  doc.fontSize(11).text(stamp, 0, 14, { width, align: "center", lineBreak: false });
  doc.fillOpacity(0.22).rotate(-50, { origin: [width / 2, height / 2] });
  doc
    .fontSize(64)
    .text(stamp, -100, height / 2 - 40, { width: width + 200, align: "center", lineBreak: false });
  doc.restore();
}
