import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const HELPER = path.join(__dirname, "pdf-text.mjs");

/** The text of a PDF, one NFC string a page, as pdf.js extracts it. */
export interface PdfText {
  pageCount: number;
  pages: string[];
}

/** Extract a PDF's text with pdf.js in a child node process (pdfjs-dist is ESM-only; jest runs CommonJS). */
export async function readPdfText(pdfPath: string): Promise<PdfText> {
  const { stdout } = await execFileAsync(process.execPath, [HELPER, pdfPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const text = JSON.parse(stdout) as PdfText;
  return { pageCount: text.pageCount, pages: text.pages.map((page) => page.normalize("NFC")) };
}
