import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { COMMUNES, findCommune, type Commune } from "@pks02/shared";
import { generateQrKit, QR_KIT_FILES } from "./generate";
import { groupByDistrict } from "./list-layout";
import { XLSX_FIRST_COMMUNE_ROW } from "./list-xlsx";
import { SAMPLE_STAMP } from "./poster-content";
import { buildQrKitOptions, TEST_APP_ID } from "./testing/factories";
import { readPdfText } from "./testing/pdf-text";
import { decodeQrPngs } from "./testing/qr-decode";

const linkOf = (communeCode: string) =>
  `https://zalo.me/s/${TEST_APP_ID}/?commune=${communeCode}&utm_source=zalo-qr`;
const inPrintOrder = (communes: readonly Commune[]) =>
  groupByDistrict(communes).flatMap((group) => group.communes);

describe("generateQrKit for all 209 communes", () => {
  let outDir: string;
  let postersText: ReturnType<typeof readPdfText> | undefined;
  const readPosters = () => (postersText ??= readPdfText(path.join(outDir, QR_KIT_FILES.posters)));

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "pks02-qr-"));
    await generateQrKit(buildQrKitOptions({ outDir }));
  }, 300_000); // hang guards: 209 codes written and decoded on a loaded 2-core machine took up to 4 minutes

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("writes a PNG per commune that a QR reader decodes to that commune's exact deep link", async () => {
    const pngPathOf = (communeCode: string) => path.join(outDir, "png", `${communeCode}.png`);
    const decoded = await decodeQrPngs(COMMUNES.map((c) => pngPathOf(c.code)));
    expect(decoded).toEqual(Object.fromEntries(COMMUNES.map((c) => [pngPathOf(c.code), linkOf(c.code)])));
  }, 300_000); // hang guards: 209 codes written and decoded on a loaded 2-core machine took up to 4 minutes

  it("writes an SVG per commune", async () => {
    const svgs = await Promise.all(
      COMMUNES.map((c) => readFile(path.join(outDir, "svg", `${c.code}.svg`), "utf8")),
    );
    expect(svgs.filter((svg) => svg.startsWith("<svg") && svg.includes("<path"))).toHaveLength(209);
  });

  it("prints one poster page per commune, district by district, with names in Vietnamese", async () => {
    const { pageCount, pages } = await readPosters();
    expect(pageCount).toBe(209);
    const misprinted = inPrintOrder(COMMUNES).filter((commune, index) => {
      const page = pages[index] ?? "";
      return !(
        page.includes(commune.name) &&
        page.includes(commune.districtName ?? "") &&
        page.includes(`Mã đơn vị: ${commune.code}`)
      );
    });
    expect(misprinted.map((c) => c.code)).toEqual([]);
  });

  it("puts the steps, the anonymity note and the survey days on each poster", async () => {
    const { pages } = await readPosters();
    const page = pages[0] ?? "";
    for (const expected of ["Mở Zalo", "Quét mã", "Trả lời và gửi", "ẩn danh", "12/06/2024", "14/06/2024"]) {
      expect(page).toContain(expected);
    }
    expect(page).not.toContain(SAMPLE_STAMP);
  });

  it("lists every commune in the PDF list, under its district", async () => {
    const { pages } = await readPdfText(path.join(outDir, QR_KIT_FILES.listPdf));
    const text = pages.join("\n");
    expect(COMMUNES.filter((c) => !text.includes(c.name)).map((c) => c.code)).toEqual([]);
    expect(text.indexOf("Huyện Yên Thế")).toBeLessThan(text.indexOf("Xã Đồng Tiến"));
  });

  it("lists 209 rows in the spreadsheet, with code, name, district and link", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(outDir, QR_KIT_FILES.listXlsx));
    const rows: Array<{ code: string; name: string; district: string; link: string }> = [];
    workbook.worksheets[0]!.eachRow((row, rowNumber) => {
      if (rowNumber < XLSX_FIRST_COMMUNE_ROW) return;
      const link = row.getCell(6).value as { text: string };
      rows.push({
        code: String(row.getCell(4).value),
        name: String(row.getCell(5).value),
        district: String(row.getCell(3).value),
        link: link.text,
      });
    });
    expect(rows).toHaveLength(209);
    expect(rows.map((r) => r.code)).toEqual(inPrintOrder(COMMUNES).map((c) => c.code));
    for (const row of rows) {
      const commune = findCommune(row.code);
      expect({ name: row.name, district: row.district, link: row.link }).toEqual({
        name: commune?.name,
        district: commune?.districtName,
        link: linkOf(row.code),
      });
    }
  });
});

describe("generateQrKit without a Mini App id", () => {
  it('stamps "MẪU – KHÔNG IN" on every poster and list page and on the spreadsheet', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), "pks02-qr-sample-"));
    try {
      const communes = [findCommune("07201")!, findCommune("07441")!, findCommune("07525")!];
      await generateQrKit(buildQrKitOptions({ outDir, communes, miniAppId: null }));

      const posters = await readPdfText(path.join(outDir, QR_KIT_FILES.posters));
      const list = await readPdfText(path.join(outDir, QR_KIT_FILES.listPdf));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(outDir, QR_KIT_FILES.listXlsx));

      expect(posters.pageCount).toBe(3);
      expect([...posters.pages, ...list.pages].every((page) => page.includes(SAMPLE_STAMP))).toBe(true);
      expect(String(workbook.worksheets[0]!.getCell("A1").value)).toContain(SAMPLE_STAMP);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
