import type { Writable } from "node:stream";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { QR_ERROR_CORRECTION, drawQr, helperLine, type NoticeContent, type QrMatrix } from "@pks02/shared";

const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 48;
const WIDTH = A4.width - 2 * MARGIN;
const QR_SIDE = 180;
const ACCENT = "#0b4f9c";
const MIN_SIZE = 6;
const LINE_SPACING = 1.45;
// DejaVu covers every Vietnamese letter; the standard PDF fonts do not, so it is embedded (subset).
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

/** The QR symbol of a link at the level the printed posters use. */
function matrixOf(link: string): QrMatrix {
  const symbol = QRCode.create(link, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules;
  return { size: symbol.size, isDark: (row, col) => symbol.get(row, col) === 1 };
}

function centered(doc: PDFKit.PDFDocument, text: string, y: number, bold: boolean, size: number): number {
  doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(size);
  const options = { width: WIDTH, align: "center" } as const;
  const height = doc.heightOfString(text, options);
  doc.text(text, MARGIN, y, options);
  return y + height;
}

function drawHeading(doc: PDFKit.PDFDocument, content: NoticeContent): number {
  doc.fillColor(ACCENT);
  let y = centered(doc, content.surveyTitle, 40, true, 10);
  doc.fillColor("#1a1a1a");
  y = centered(doc, "THÔNG BÁO LỊCH HỖ TRỢ CÔNG DÂN TRẢ LỜI PHIẾU KHẢO SÁT", y + 14, true, 14);
  y = centered(doc, content.communeName, y + 10, true, 24);
  y = centered(doc, content.districtLine, y + 2, false, 12);
  return centered(doc, content.surveyDaysLine, y + 8, false, 12) + 16;
}

function drawQrBlock(doc: PDFKit.PDFDocument, content: NoticeContent, top: number): number {
  drawQr(doc, matrixOf(content.link), MARGIN, top, QR_SIDE);
  const x = MARGIN + QR_SIDE + 18;
  const width = WIDTH - QR_SIDE - 18;
  doc
    .font(FONTS.regular)
    .fontSize(12)
    .text(content.invitation, x, top + 24, { width });
  doc
    .font(FONTS.bold)
    .fontSize(12)
    .text(`Mã đơn vị: ${content.communeCode}`, x, doc.y + 10, { width });
  return top + QR_SIDE + 16;
}

/** The schedule and supervisors as lines, each one line high (cut with "…" rather than spill a page). */
function scheduleLines(content: NoticeContent): { text: string; bold: boolean }[] {
  const lines = [{ text: "Người hỗ trợ tại bộ phận một cửa", bold: true }];
  const filled = content.days.filter((d) => d.shifts.length > 0);
  if (filled.length === 0) lines.push({ text: "Chưa có lịch người hỗ trợ.", bold: false });
  for (const day of filled) {
    lines.push({ text: day.dateLabel, bold: true });
    for (const shift of day.shifts)
      for (const helper of shift.helpers)
        lines.push({ text: `   ${shift.label}: ${helperLine(helper)}`, bold: false });
  }
  if (content.supervisors.length > 0) {
    lines.push({ text: "Lãnh đạo phụ trách, giám sát", bold: true });
    lines.push(...content.supervisors.map((text) => ({ text: `   ${text}`, bold: false })));
  }
  return lines;
}

function drawSchedule(doc: PDFKit.PDFDocument, content: NoticeContent, top: number): void {
  const room = A4.height - MARGIN - top;
  const fitting = Math.floor(room / (MIN_SIZE * LINE_SPACING));
  const all = scheduleLines(content);
  const lines =
    all.length <= fitting
      ? all
      : [
          ...all.slice(0, fitting - 1),
          { text: "… (danh sách đầy đủ trong tệp Excel của huyện)", bold: false },
        ];
  const size = Math.max(MIN_SIZE, Math.min(11, room / (lines.length * LINE_SPACING)));
  let y = top;
  for (const line of lines) {
    doc.font(line.bold ? FONTS.bold : FONTS.regular).fontSize(size);
    doc.text(line.text, MARGIN, y, { width: WIDTH, height: size * 1.3, ellipsis: true, lineBreak: false });
    y += size * LINE_SPACING;
  }
}

/** Add one unit's notice as one A4 page. */
function drawNotice(doc: PDFKit.PDFDocument, content: NoticeContent): void {
  doc.addPage({ size: "A4", margin: 0 });
  if (content.sampleStamp !== null) {
    doc.font(FONTS.bold).fontSize(10).fillColor("#d00000");
    doc.text(`${content.sampleStamp} (chưa cấu hình ZALO_MINI_APP_ID)`, 0, 16, {
      width: A4.width,
      align: "center",
    });
  }
  const y = drawQrBlock(doc, content, drawHeading(doc, content));
  drawSchedule(doc, content, y);
}

/** Stream the notices, one A4 page a unit, to `out`; resolves once the document is written. */
export async function writeNoticesPdf(out: Writable, notices: Iterable<NoticeContent>): Promise<void> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: "Lịch người hỗ trợ", Author: "PKS02" },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  doc.pipe(out);
  for (const notice of notices) drawNotice(doc, notice);
  doc.end();
  await done;
}
