import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { HELPER_COLUMNS, HELPER_SHEET, SUPERVISOR_COLUMNS, SUPERVISOR_SHEET } from "@pks02/shared";
import type { TestServer } from "../../src/testing";
import { XLSX_TYPE } from "../../src/http/uploads";

const run = promisify(execFile);
const QR_HELPER = path.join(__dirname, "qr-pages.mjs");

/** A roster workbook as a person would fill it in: the template's headers, then the given rows. */
export async function buildRosterWorkbook(
  helpers: unknown[][],
  supervisors: unknown[][] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(HELPER_SHEET).addRows([[...HELPER_COLUMNS], ...helpers]);
  workbook.addWorksheet(SUPERVISOR_SHEET).addRows([[...SUPERVISOR_COLUMNS], ...supervisors]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A helper row of the helpers' sheet (unit code, name, district, day, shift, name, role, unit, phone). */
export const helperRow = (code: string, day: string, shift: string, name: string, phone = ""): string[] => [
  code,
  "",
  "",
  day,
  shift,
  name,
  "Hội viên CCB",
  "Hội Cựu chiến binh",
  phone,
];

/** PUT /api/roster with an XLSX body. */
export function putRoster(server: TestServer, body: Buffer, token: string, query = ""): Promise<Response> {
  return server.request(`/api/roster${query}`, {
    method: "PUT",
    token,
    headers: { "content-type": XLSX_TYPE },
    body: new Uint8Array(body),
  });
}

/** Every sheet of a workbook as rows of cell text (what a person reads), header included. */
export async function readWorkbookText(body: ArrayBuffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)),
    );
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** A PDF's pages as text (poppler's pdftotext, one string a page) and each page's QR code, decoded by jsQR. */
export async function readNoticePdf(pdf: Buffer): Promise<{ pages: string[]; qrCodes: (string | null)[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), "pks02-notice-"));
  try {
    const file = path.join(dir, "notice.pdf");
    await writeFile(file, pdf);
    const { stdout } = await run("pdftotext", ["-layout", file, "-"], { maxBuffer: 32 * 1024 * 1024 });
    const pages = stdout.split("\f").slice(0, -1);
    // The top of each page (the QR block) at 100 dpi: enough modules per pixel, a small image to search.
    await run("pdftoppm", [
      "-r",
      "100",
      "-gray",
      "-png",
      "-x",
      "0",
      "-y",
      "0",
      "-W",
      "827",
      "-H",
      "800",
      file,
      path.join(dir, "page"),
    ]);
    const images = (await readdir(dir)).filter((f) => f.endsWith(".png")).sort();
    const { stdout: decoded } = await run(process.execPath, [
      QR_HELPER,
      ...images.map((f) => path.join(dir, f)),
    ]);
    const qrCodes = JSON.parse(decoded) as (string | null)[];
    return { pages: pages.map((p) => p.normalize("NFC")), qrCodes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
