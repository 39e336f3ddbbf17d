import { A4, drawQr, FONT, stampSample } from "./pdf-common";
import type { PosterContent } from "./poster-content";
import type { QrMatrix } from "./qr-code";

const MARGIN = 48;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** About 12.3 cm: a version-6 symbol then has 2.5 mm modules, easy for a phone at arm's length. */
const QR_SIDE = 350;
const INK = "#1a1a1a";
const ACCENT = "#0b4f9c";

/** Add one A4 poster page for a commune's one-stop office desk. */
export function drawPoster(doc: PDFKit.PDFDocument, content: PosterContent, matrix: QrMatrix): void {
  doc.addPage({ size: "A4", margin: 0 });
  let y = drawHeading(doc, content, 56);
  drawQr(doc, matrix, (A4.width - QR_SIDE) / 2, y, QR_SIDE);
  y = drawSteps(doc, content.steps, y + QR_SIDE + 22);
  drawClosingLines(doc, content, y + 30);
  if (content.sampleStamp !== null) stampSample(doc, content.sampleStamp);
}

function centered(
  doc: PDFKit.PDFDocument,
  text: string,
  y: number,
  font: string,
  size: number,
  color = INK,
): number {
  doc.font(font).fontSize(size).fillColor(color);
  const options = { width: TEXT_WIDTH, align: "center" } as const;
  const height = doc.heightOfString(text, options);
  doc.text(text, MARGIN, y, options);
  return y + height;
}

function drawHeading(doc: PDFKit.PDFDocument, content: PosterContent, top: number): number {
  let y = centered(doc, content.surveyTitle, top, FONT.bold, 15, ACCENT);
  doc
    .moveTo(MARGIN + 120, y + 12)
    .lineTo(A4.width - MARGIN - 120, y + 12)
    .lineWidth(1.2)
    .stroke(ACCENT);
  y = centered(doc, content.communeName, y + 26, FONT.bold, 30);
  y = centered(doc, content.districtLine, y + 4, FONT.regular, 15);
  return centered(doc, content.invitation, y + 22, FONT.regular, 13) + 14;
}

/** Three numbered boxes joined by arrows: "1 Mở Zalo → 2 Quét mã → 3 Trả lời và gửi". */
function drawSteps(doc: PDFKit.PDFDocument, steps: readonly string[], top: number): number {
  const boxWidth = 156;
  const gap = 34;
  const boxHeight = 58;
  const left = (A4.width - (steps.length * boxWidth + (steps.length - 1) * gap)) / 2;
  steps.forEach((step, index) => {
    const x = left + index * (boxWidth + gap);
    doc.roundedRect(x, top, boxWidth, boxHeight, 8).lineWidth(1.5).stroke(ACCENT);
    doc.circle(x + 22, top + boxHeight / 2, 13).fill(ACCENT);
    doc.font(FONT.bold).fontSize(14).fillColor("#ffffff");
    doc.text(String(index + 1), x + 9, top + boxHeight / 2 - 8, {
      width: 26,
      align: "center",
      lineBreak: false,
    });
    doc.font(FONT.bold).fontSize(13).fillColor(INK);
    const labelOptions = { width: boxWidth - 46, align: "left" } as const;
    const labelHeight = doc.heightOfString(step, labelOptions);
    doc.text(step, x + 40, top + (boxHeight - labelHeight) / 2, labelOptions);
    if (index < steps.length - 1) {
      doc.font(FONT.bold).fontSize(22).fillColor(ACCENT);
      doc.text("→", x + boxWidth, top + boxHeight / 2 - 14, {
        width: gap,
        align: "center",
        lineBreak: false,
      });
    }
  });
  return top + boxHeight;
}

function drawClosingLines(doc: PDFKit.PDFDocument, content: PosterContent, top: number): void {
  const y = centered(doc, content.anonymityNote, top, FONT.regular, 12.5);
  centered(doc, content.surveyDaysLine, y + 10, FONT.bold, 13.5, ACCENT);
  doc.font(FONT.regular).fontSize(7.5).fillColor("#666666");
  doc.text(content.codeLine, MARGIN, A4.height - 34, { width: TEXT_WIDTH, align: "right", lineBreak: false });
  doc.text(content.link, MARGIN, A4.height - 34, { width: TEXT_WIDTH, align: "left", lineBreak: false });
}
