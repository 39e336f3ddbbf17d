// Prints the text of a PDF as JSON, one string a page: {"pageCount": n, "pages": ["...", ...]}.
// A separate node process because pdfjs-dist is ESM-only and jest runs our tests as CommonJS.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const pdfPath = process.argv[2];
const { readFile } = await import("node:fs/promises");
const data = new Uint8Array(await readFile(pdfPath));
const pdf = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const content = await page.getTextContent();
  pages.push(
    content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
  );
  page.cleanup();
}
process.stdout.write(JSON.stringify({ pageCount: pdf.numPages, pages }));
await pdf.destroy();
