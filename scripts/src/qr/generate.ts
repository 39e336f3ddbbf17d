import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Commune } from "@pks02/shared";
import { drawList, LIST_PAGE_METRICS, type ListEntry } from "./list-pdf";
import { groupByDistrict, paginateList, type DistrictGroup } from "./list-layout";
import { writeListXlsx } from "./list-xlsx";
import type { QrKitOptions } from "./options";
import { openPdf } from "./pdf-common";
import { qrPng } from "./png";
import { posterContent, SAMPLE_STAMP, type PosterContent } from "./poster-content";
import { drawPoster } from "./poster-pdf";
import { qrMatrix, qrSvg, type QrMatrix } from "./qr-code";
import { readRegistrationCodes, type RegistrationCodeBook } from "./registration-codes";

/** 20 px a module: a version-6 code is 980 px square, 8 cm at 300 dpi. */
const PNG_PIXELS_PER_MODULE = 20;

export const QR_KIT_FILES = {
  posters: "posters.pdf",
  listPdf: "danh-sach-ma-qr.pdf",
  listXlsx: "danh-sach-ma-qr.xlsx",
} as const;

/** The lists' title: the round in a few words; with registration codes, a warning of whom it is for. */
export function listTitle(shortTitle: string, withCodes: boolean): string {
  return withCodes
    ? `Danh sách mã QR và mã đăng ký – ${shortTitle} (chỉ giao tổ trưởng)`
    : `Danh sách mã QR – Khảo sát ${shortTitle}`;
}

/** How far the generation is: one step a commune, then one for each list. */
export interface QrKitProgress {
  done: number;
  total: number;
  stage: "communes" | "list-pdf" | "list-xlsx";
}

export interface QrKitResult {
  communeCount: number;
  files: string[];
}

/** Write the QR images, posters and lists for the chosen communes into `options.outDir`. */
export async function generateQrKit(
  options: QrKitOptions,
  onProgress: (progress: QrKitProgress) => void = () => {},
): Promise<QrKitResult> {
  const codes = await readRegistrationCodes(options.registrationCodesFile, options.campaign.id);
  const groups = groupByDistrict(options.communes);
  // Posters come out district by district, like the list, so each district's stack prints in one go.
  const communes = groups.flatMap((group) => group.communes);
  const total = communes.length + 2;
  const entries = await writeCommuneFiles(options, communes, (done) =>
    onProgress({ done, total, stage: "communes" }),
  );
  const sampleStamp = options.miniAppId === null ? SAMPLE_STAMP : null;
  const title = listTitle(options.campaign.shortTitle, codes !== null);
  await writeListPdf(options.outDir, { title, groups, entries, sampleStamp, codes });
  onProgress({ done: communes.length + 1, total, stage: "list-pdf" });
  await writeListXlsx(path.join(options.outDir, QR_KIT_FILES.listXlsx), {
    title,
    groups,
    linkOf: (code) => entries.get(code)?.link ?? "",
    sampleStamp,
    codes,
  });
  onProgress({ done: total, total, stage: "list-xlsx" });
  return { communeCount: communes.length, files: listFiles(options.outDir, communes) };
}

/** Each commune's PNG, SVG and poster page; returns what the lists need. */
async function writeCommuneFiles(
  options: QrKitOptions,
  communes: readonly Commune[],
  onCommuneDone: (done: number) => void,
): Promise<Map<string, ListEntry>> {
  const { outDir } = options;
  await Promise.all([
    mkdir(path.join(outDir, "png"), { recursive: true }),
    mkdir(path.join(outDir, "svg"), { recursive: true }),
  ]);
  const entries = new Map<string, ListEntry>();
  const posters = openPdf(
    path.join(outDir, QR_KIT_FILES.posters),
    `Áp phích mã QR – Khảo sát ${options.campaign.shortTitle}`,
  );
  for (const [index, commune] of communes.entries()) {
    const content = posterContent(commune, options.window, options.miniAppId, options);
    const matrix = qrMatrix(content.link);
    await writeImages(outDir, content, matrix);
    drawPoster(posters.doc, content, matrix);
    entries.set(commune.code, { link: content.link, matrix });
    onCommuneDone(index + 1);
  }
  posters.doc.end();
  await posters.done;
  return entries;
}

async function writeImages(outDir: string, content: PosterContent, matrix: QrMatrix): Promise<void> {
  await Promise.all([
    writeFile(path.join(outDir, "png", `${content.communeCode}.png`), qrPng(matrix, PNG_PIXELS_PER_MODULE)),
    writeFile(path.join(outDir, "svg", `${content.communeCode}.svg`), qrSvg(matrix)),
  ]);
}

async function writeListPdf(
  outDir: string,
  list: {
    title: string;
    groups: readonly DistrictGroup[];
    entries: ReadonlyMap<string, ListEntry>;
    sampleStamp: string | null;
    codes: RegistrationCodeBook | null;
  },
): Promise<void> {
  const { title, groups, ...rest } = list;
  const pdf = openPdf(path.join(outDir, QR_KIT_FILES.listPdf), title);
  const pages = paginateList(groups, LIST_PAGE_METRICS);
  drawList(pdf.doc, { title, pages, ...rest });
  pdf.doc.end();
  await pdf.done;
}

function listFiles(outDir: string, communes: readonly Commune[]): string[] {
  return [
    ...communes.flatMap(({ code }) => [
      path.join(outDir, "png", `${code}.png`),
      path.join(outDir, "svg", `${code}.svg`),
    ]),
    ...Object.values(QR_KIT_FILES).map((file) => path.join(outDir, file)),
  ];
}
