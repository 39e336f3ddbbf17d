import { execFileSync } from "node:child_process";
import { PassThrough } from "node:stream";
import {
  DEFAULT_COMMENDATION_WEIGHTS,
  PKS02_DEFINITION,
  ZUnitRegistrySpec,
  assembleResults,
  buildUnitRegistry,
  emptyTally,
  type SurveyDefinition,
} from "@pks02/shared";
import { buildSurveyDefinition } from "@pks02/shared/src/campaigns/test-factories";
import { resultsTables } from "../exports/tables";
import { writeProvinceReportPdf } from "./province-report";

// A registry with districts, for a form that may or may not ask D1 (no response yet: the columns are the point).
const units = buildUnitRegistry(
  ZUnitRegistrySpec.parse({
    area: "Tỉnh Mẫu",
    parents: [{ code: "901", name: "Huyện Mẫu Sơn", type: "Huyện" }],
    units: [
      { code: "99001", name: "Xã Mẫu An", kind: "Xã", parent: "901" },
      { code: "99002", name: "Xã Mẫu Bình", kind: "Xã", parent: "901" },
    ],
  }),
);

const reportOf = (form: SurveyDefinition) =>
  assembleResults(
    {
      campaign: "dot-mau",
      form,
      area: units.area,
      window: { start: "2024-10-01", end: "2024-10-02" },
      days: ["2024-10-01", "2024-10-02"],
      communes: units.units,
      districts: units.parents,
      provinceTally: emptyTally(),
      tallies: new Map(),
      unverified: new Map(),
      implementation: [],
      helperDays: [],
      comments: [],
      districtCode: null,
      options: { minSample: 20, weights: DEFAULT_COMMENDATION_WEIGHTS },
    },
    "2024-10-03T00:00:00.000Z",
  );

async function reportText(form: SurveyDefinition): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeProvinceReportPdf(reportOf(form), { title: "Đợt mẫu", form, units }, out);
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: Buffer.concat(chunks) }).toString("utf8");
}

describe("the results of a registry with districts, for a form with or without D1", () => {
  it("gives the province report's districts table a D1 column only when the form asks D1", async () => {
    const short = await reportText(buildSurveyDefinition());
    expect(short).toMatch(/Huyện\/thị xã\/thành phố\s+Số xã\s+Phiếu\s+Chỉ số \(gộp\)\s+CI 95%\s+TB các xã\n/);
    expect(short).toMatch(/Huyện Mẫu Sơn\s+2\s+0/);
    expect(short).not.toContain("D1");
    expect(short).toContain("Xếp hạng toàn tỉnh theo chỉ số hài lòng");
    // No response yet: the ranking says so instead of printing its headings over no row.
    expect(short).toContain("Chưa có xã nào có phiếu hợp lệ để xếp hạng.");
    expect(short).not.toMatch(/Hạng\s+Nhóm/);
    expect(await reportText(PKS02_DEFINITION)).toMatch(/TB các xã\s+D1 \(Có\)/);
  });

  it("gives the workbook's district column, and the comments of the form's free-text question", () => {
    const form = buildSurveyDefinition();
    const sheets = new Map(resultsTables(reportOf(form), form).map((t) => [t.sheet, t.headers]));
    expect(sheets.get("districts")!.join("|")).not.toContain("D1");
    expect(sheets.get("rankings")).toContain("Huyện");
    expect(sheets.get("comments")).toEqual(["Mã xã", "Xã/phường/thị trấn", "Huyện", "Ý kiến (T2)"]);
    const noComments = buildSurveyDefinition({
      sections: [{ ...form.sections[0]!, questions: form.sections[0]!.questions.slice(0, 1) }],
    });
    expect(resultsTables(reportOf(noComments), noComments).map((t) => t.sheet)).not.toContain("comments");
  });
});
