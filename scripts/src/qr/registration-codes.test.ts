import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { COMMUNES, DISTRICTS, findCommune, type RegistrationCodes } from "@pks02/shared";
import { generateQrKit, QR_KIT_FILES } from "./generate";
import { buildQrKitOptions } from "./testing/factories";
import { readPdfText } from "./testing/pdf-text";

// Codes as the server would list them: made up, distinct, six digits.
const CODES: RegistrationCodes = {
  campaignId: "pks02-bac-giang-2024-06",
  surveyId: "PKS02",
  communes: COMMUNES.map((c, i) => ({
    code: c.code,
    name: c.name,
    districtCode: c.districtCode,
    registrationCode: String(500_000 + i),
  })),
  districts: DISTRICTS.map((d, i) => ({ code: d.code, name: d.name, registrationCode: String(900_000 + i) })),
};
const codeOf = (communeCode: string) => CODES.communes.find((c) => c.code === communeCode)!.registrationCode;
const districtCodeOf = (code: string) => CODES.districts.find((d) => d.code === code)!.registrationCode;

describe("the QR kit with registration codes", () => {
  let outDir: string;
  const communes = ["07201", "07243", "07441"].map((code) => findCommune(code)!);
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "pks02-qr-codes-"));
    const file = path.join(outDir, "registration-codes.json");
    await writeFile(file, JSON.stringify(CODES));
    await generateQrKit(buildQrKitOptions({ outDir, communes, registrationCodesFile: file }));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("prints each commune's and district's code in the list for the task-team leaders", async () => {
    const text = (await readPdfText(path.join(outDir, QR_KIT_FILES.listPdf))).pages.join("\n");
    expect(text).toContain("Danh sách mã QR và mã đăng ký – PKS 02 (chỉ giao tổ trưởng)");
    for (const commune of communes) {
      expect(text).toContain(`Mã đăng ký: ${codeOf(commune.code)}`);
      expect(text).toContain(`mã đăng ký Ban Chỉ đạo: ${districtCodeOf(commune.districtCode)}`);
    }
  });

  it("never prints a code on the public posters", async () => {
    const text = (await readPdfText(path.join(outDir, QR_KIT_FILES.posters))).pages.join("\n");
    for (const commune of communes) {
      expect(text).toContain(commune.name);
      expect(text).not.toContain(codeOf(commune.code));
      expect(text).not.toContain(districtCodeOf(commune.districtCode));
    }
  });

  it("adds the two codes as the spreadsheet's last columns", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(outDir, QR_KIT_FILES.listXlsx));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(8).value).toBe("Mã đăng ký tổ công tác");
    const row = sheet.getRow(3);
    const code = String(row.getCell(4).value);
    expect([row.getCell(8).value, row.getCell(9).value]).toEqual([
      codeOf(code),
      districtCodeOf(findCommune(code)!.districtCode),
    ]);
  });

  it("refuses a file that is not the server's list, before writing anything", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pks02-qr-badcodes-"));
    try {
      const file = path.join(dir, "codes.json");
      await writeFile(file, JSON.stringify({ communes: "none" }));
      const out = path.join(dir, "out");
      await expect(
        generateQrKit(buildQrKitOptions({ outDir: out, communes, registrationCodesFile: file })),
      ).rejects.toThrow(/không phải kết quả của GET \/api\/admin\/registration-codes/);
      expect(await readdir(dir)).toEqual(["codes.json"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses another campaign's codes, naming both campaigns, before writing anything", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pks02-qr-othercodes-"));
    try {
      const file = path.join(dir, "codes.json");
      await writeFile(file, JSON.stringify({ ...CODES, campaignId: "pks02-bac-giang-2024-10" }));
      await expect(
        generateQrKit(
          buildQrKitOptions({ outDir: path.join(dir, "out"), communes, registrationCodesFile: file }),
        ),
      ).rejects.toThrow(/đợt pks02-bac-giang-2024-10, không phải của đợt pks02-bac-giang-2024-06/);
      expect(await readdir(dir)).toEqual(["codes.json"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
