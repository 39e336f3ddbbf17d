import ExcelJS from "exceljs";
import type { DistrictGroup } from "./list-layout";
import type { RegistrationCodeBook } from "./registration-codes";

/** First spreadsheet row holding a commune; row 1 is the title, row 2 the column headers. */
export const XLSX_FIRST_COMMUNE_ROW = 3;

export interface ListSheet {
  title: string;
  groups: readonly DistrictGroup[];
  linkOf: (communeCode: string) => string;
  sampleStamp: string | null;
  /** When given, two more columns: the commune's and the district's registration codes. */
  codes: RegistrationCodeBook | null;
}

const ORDINAL_COLUMN = [{ header: "STT", width: 6 }] as const;
const DISTRICT_COLUMNS = [
  { header: "Mã huyện", width: 10 },
  { header: "Huyện/thị xã/thành phố", width: 26 },
] as const;
const UNIT_COLUMNS = [
  { header: "Mã xã", width: 9 },
  { header: "Xã/phường/thị trấn", width: 28 },
  { header: "Đường dẫn", width: 72 },
  { header: "Tệp ảnh QR", width: 16 },
] as const;
const COMMUNE_CODE_COLUMN = [{ header: "Mã đăng ký tổ công tác", width: 14 }] as const;
const DISTRICT_CODE_COLUMN = [{ header: "Mã đăng ký Ban Chỉ đạo huyện", width: 16 }] as const;

/**
 * Write the list as one sheet: a title row, a header row, then one row per commune grouped by district; a
 * registry without districts has no district columns.
 */
export async function writeListXlsx(filePath: string, sheet: ListSheet): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PKS02";
  const worksheet = workbook.addWorksheet("Danh sách mã QR", { views: [{ state: "frozen", ySplit: 2 }] });
  const withDistricts = sheet.groups.some((group) => group.district !== null);
  const columns = [
    ...ORDINAL_COLUMN,
    ...(withDistricts ? DISTRICT_COLUMNS : []),
    ...UNIT_COLUMNS,
    ...(sheet.codes ? COMMUNE_CODE_COLUMN : []),
    ...(sheet.codes && withDistricts ? DISTRICT_CODE_COLUMN : []),
  ];
  worksheet.columns = columns.map((column) => ({ width: column.width }));
  const titleRow = worksheet.addRow([
    sheet.sampleStamp === null ? sheet.title : `${sheet.sampleStamp} – ${sheet.title}`,
  ]);
  titleRow.font = {
    bold: true,
    size: 13,
    color: { argb: sheet.sampleStamp === null ? "FF000000" : "FFD00000" },
  };
  worksheet.mergeCells(1, 1, 1, columns.length);
  const headerRow = worksheet.addRow(columns.map((column) => column.header));
  headerRow.font = { bold: true };
  let ordinal = 0;
  const linkColumn = columns.findIndex((column) => column.header === "Đường dẫn") + 1;
  for (const { district, communes } of sheet.groups) {
    for (const commune of communes) {
      const link = sheet.linkOf(commune.code);
      const row = worksheet.addRow([
        ++ordinal,
        ...(withDistricts ? [district?.code ?? "", district?.name ?? ""] : []),
        commune.code,
        commune.name,
        { text: link, hyperlink: link },
        `png/${commune.code}.png`,
        ...(sheet.codes ? [sheet.codes.commune(commune.code)] : []),
        ...(sheet.codes && withDistricts ? [district ? sheet.codes.district(district.code) : ""] : []),
      ]);
      row.getCell(linkColumn).font = { color: { argb: "FF0B4F9C" }, underline: true };
    }
  }
  worksheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  await workbook.xlsx.writeFile(filePath);
}
