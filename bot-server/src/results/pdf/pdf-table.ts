import { PAGE_MARGIN, PDF_FONT, contentWidth, ensureSpace } from "./pdf-document";

export interface PdfColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: "left" | "right" | "center";
}

/** Columns from headers and width shares; the `textColumns` are left-aligned, numbers to the right. */
export function tableColumns(headers: string[], widths: number[], textColumns: number[] = [0]): PdfColumn[] {
  return headers.map((header, i) => ({
    header,
    width: widths[i] ?? 0.1,
    align: textColumns.includes(i) ? "left" : "right",
  }));
}

const ROW_HEIGHT = 13;
const FONT_SIZE = 7.5;

/** The text cut with "…" to fit one line of `width` (the table keeps one line per row). */
function fitted(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function drawRow(doc: PDFKit.PDFDocument, columns: PdfColumn[], cells: string[], bold: boolean): void {
  const total = contentWidth(doc);
  let x = PAGE_MARGIN;
  const y = doc.y;
  doc.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(FONT_SIZE);
  columns.forEach((column, i) => {
    const width = column.width * total;
    doc.text(fitted(doc, cells[i] ?? "", width - 4), x + 2, y + 3, {
      width: width - 4,
      align: column.align ?? "left",
      lineBreak: false,
      ellipsis: true,
    });
    x += width;
  });
  doc
    .moveTo(PAGE_MARGIN, y + ROW_HEIGHT)
    .lineTo(PAGE_MARGIN + total, y + ROW_HEIGHT)
    .lineWidth(0.3)
    .stroke("#bbbbbb");
  doc.x = PAGE_MARGIN;
  doc.y = y + ROW_HEIGHT;
}

/** A table of text cells, one line per row, its header repeated on each new page. */
export function drawTable(doc: PDFKit.PDFDocument, columns: PdfColumn[], rows: string[][]): void {
  ensureSpace(doc, ROW_HEIGHT * 3);
  drawRow(
    doc,
    columns,
    columns.map((c) => c.header),
    true,
  );
  for (const row of rows) {
    if (doc.y + ROW_HEIGHT > doc.page.height - PAGE_MARGIN) {
      doc.addPage();
      drawRow(
        doc,
        columns,
        columns.map((c) => c.header),
        true,
      );
    }
    drawRow(doc, columns, row, false);
  }
  doc.font(PDF_FONT.regular).fontSize(10).moveDown(0.5);
}
