import type { Commune } from "@pks02/shared";
import { A4, drawQr, FONT, stampSample } from "./pdf-common";
import type { ListDistrict, ListLine } from "./list-layout";
import type { QrMatrix } from "./qr-code";
import type { RegistrationCodeBook } from "./registration-codes";

const MARGIN = 40;
const TOP = 86;
/** Page metrics the layout paginates with (see `paginateList`). */
export const LIST_PAGE_METRICS = { bodyHeight: A4.height - TOP - MARGIN, headingHeight: 26, rowHeight: 56 };

const COLUMNS = [
  { title: "STT", width: 34 },
  { title: "Mã", width: 46 },
  { title: "Xã/phường/thị trấn", width: 142 },
  { title: "Đường dẫn", width: 235 },
  { title: "Mã QR", width: 58 },
] as const;
const QR_SIDE = 52;

/** What the printed list needs for each commune. */
export interface ListEntry {
  link: string;
  matrix: QrMatrix;
}

export interface ListDocument {
  title: string;
  pages: readonly ListLine[][];
  entries: ReadonlyMap<string, ListEntry>;
  sampleStamp: string | null;
  /** Registration codes for the task-team leaders (this list only, never the posters). */
  codes: RegistrationCodeBook | null;
}

/** Draw the list, page by page, with a table header on each page. */
export function drawList(doc: PDFKit.PDFDocument, list: ListDocument): void {
  list.pages.forEach((lines, index) => {
    doc.addPage({ size: "A4", margin: 0 });
    drawPageHeader(doc, list.title, `Trang ${index + 1}/${list.pages.length}`);
    let y = TOP;
    for (const line of lines) {
      if (line.type === "district") {
        drawDistrictHeading(doc, line.district, line.continued, list.codes?.district(line.district.code), y);
        y += LIST_PAGE_METRICS.headingHeight;
      } else {
        const entry = list.entries.get(line.commune.code);
        drawCommuneRow(doc, line.commune, line.ordinal, entry, y);
        const code = list.codes?.commune(line.commune.code);
        if (code !== undefined) drawRegistrationCode(doc, code, y);
        y += LIST_PAGE_METRICS.rowHeight;
      }
    }
    if (list.sampleStamp !== null) stampSample(doc, list.sampleStamp);
  });
}

function drawPageHeader(doc: PDFKit.PDFDocument, title: string, pageLabel: string): void {
  const width = A4.width - 2 * MARGIN;
  // A round's title may be long: smaller type rather than a line that runs into the page number.
  doc.font(FONT.bold).fontSize(12);
  const titleWidth = width - 70;
  doc.fontSize(Math.max(8, Math.min(12, (12 * titleWidth) / doc.widthOfString(title)))).fillColor("#000000");
  doc.text(title, MARGIN, 34, { width: titleWidth, align: "left", lineBreak: false });
  doc.font(FONT.regular).fontSize(8).text(pageLabel, MARGIN, 38, { width, align: "right", lineBreak: false });
  let x = MARGIN;
  doc.font(FONT.bold).fontSize(8.5);
  for (const column of COLUMNS) {
    doc.text(column.title, x + 3, TOP - 16, { width: column.width - 6, lineBreak: false });
    x += column.width;
  }
  doc
    .moveTo(MARGIN, TOP - 3)
    .lineTo(A4.width - MARGIN, TOP - 3)
    .lineWidth(0.8)
    .stroke("#000000");
}

function drawDistrictHeading(
  doc: PDFKit.PDFDocument,
  district: ListDistrict,
  continued: boolean,
  registrationCode: string | undefined,
  y: number,
): void {
  const code = registrationCode === undefined ? "" : ` – mã đăng ký Ban Chỉ đạo: ${registrationCode}`;
  const label = `${district.name} (mã ${district.code})${code}${continued ? " – tiếp theo" : ""}`;
  doc.rect(MARGIN, y + 3, A4.width - 2 * MARGIN, LIST_PAGE_METRICS.headingHeight - 6).fill("#e8eef7");
  doc.font(FONT.bold).fontSize(10).fillColor("#0b4f9c");
  doc.text(label, MARGIN + 4, y + 8, { width: A4.width - 2 * MARGIN - 8, lineBreak: false });
}

/** The commune's registration code at the foot of its name cell ("Mã đăng ký: 123456"). */
function drawRegistrationCode(doc: PDFKit.PDFDocument, code: string, y: number): void {
  doc.font(FONT.bold).fontSize(8).fillColor("#b00000");
  doc.text(`Mã đăng ký: ${code}`, MARGIN + COLUMNS[0].width + COLUMNS[1].width + 3, y + 38, {
    width: COLUMNS[2].width - 6,
    lineBreak: false,
  });
  doc.fillColor("#000000");
}

function drawCommuneRow(
  doc: PDFKit.PDFDocument,
  commune: Commune,
  ordinal: number,
  entry: ListEntry | undefined,
  y: number,
): void {
  if (entry === undefined) throw new Error(`no QR entry for commune ${commune.code}`);
  const cells = [String(ordinal), commune.code, commune.name, entry.link];
  let x = MARGIN;
  doc.fillColor("#000000");
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]!.width;
    doc.font(index === 2 ? FONT.bold : FONT.regular).fontSize(index === 3 ? 7.5 : 9.5);
    doc.text(cell, x + 3, y + 8, { width: width - 6, height: LIST_PAGE_METRICS.rowHeight - 10 });
    x += width;
  });
  drawQr(doc, entry.matrix, x + 1, y + 2, QR_SIDE);
  doc
    .moveTo(MARGIN, y + LIST_PAGE_METRICS.rowHeight)
    .lineTo(A4.width - MARGIN, y + LIST_PAGE_METRICS.rowHeight)
    .lineWidth(0.3)
    .stroke("#999999");
}
