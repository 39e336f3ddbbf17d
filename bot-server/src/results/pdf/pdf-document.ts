import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import PDFDocument from "pdfkit";

/** DejaVu: every Vietnamese letter (the standard PDF fonts have none of ạ, ễ, ự…); embedded as a subset. */
export const PDF_FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const;
const FONT_PATHS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};
export const PAGE_MARGIN = 40;

/**
 * Draw a PDF into `out` (an HTTP response or a file): A4, DejaVu registered; resolves once everything is
 * written. `draw` adds pages and content.
 */
export async function writePdf(
  out: Writable,
  title: string,
  draw: (doc: PDFKit.PDFDocument) => Promise<void>,
): Promise<void> {
  const doc = new PDFDocument({ size: "A4", margin: PAGE_MARGIN, info: { Title: title, Author: "PKS02" } });
  doc.registerFont(PDF_FONT.regular, FONT_PATHS.regular);
  doc.registerFont(PDF_FONT.bold, FONT_PATHS.bold);
  doc.font(PDF_FONT.regular);
  const written = finished(out);
  doc.pipe(out);
  try {
    await draw(doc);
  } finally {
    doc.end();
  }
  await written;
}

/** The width between the margins. */
export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - 2 * PAGE_MARGIN;

/** Start a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - PAGE_MARGIN) doc.addPage();
}

/** A bold heading at the left margin. */
export function heading(doc: PDFKit.PDFDocument, text: string, size: number = 13): void {
  ensureSpace(doc, size * 3);
  doc
    .moveDown(0.6)
    .font(PDF_FONT.bold)
    .fontSize(size)
    .text(text, PAGE_MARGIN, doc.y, { width: contentWidth(doc) });
  doc.font(PDF_FONT.regular).fontSize(10).moveDown(0.3);
}

/** A paragraph at the left margin. */
export function paragraph(doc: PDFKit.PDFDocument, text: string, size: number = 10): void {
  doc
    .font(PDF_FONT.regular)
    .fontSize(size)
    .text(text, PAGE_MARGIN, doc.y, { width: contentWidth(doc) });
}

/** A PNG chart scaled to the content width (never taller than `maxHeight`), on a new page if it must. */
export function chartImage(doc: PDFKit.PDFDocument, png: Buffer, maxHeight: number = 560): void {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const scale = Math.min(contentWidth(doc) / width, maxHeight / height);
  ensureSpace(doc, height * scale + 10);
  doc.image(png, PAGE_MARGIN, doc.y, { width: width * scale, height: height * scale });
  doc.y += height * scale + 8;
}
