import {
  EXTRA_MONEY,
  asksQuestion,
  freeTextQuestions,
  indexCriteria,
  quotaStatusText,
  type SurveyDefinition,
  type AreaResult,
  type RankingEntry,
  type ResultsReport,
  type ScaleFigure,
  type UnitFigures,
} from "@pks02/shared";

import { integrityTables } from "./integrity-tables";
import { districtColumn, unitTable, type Cell, type Column, type ResultsTable } from "./results-table";

export type { ResultsTable };

const scaleOf = (figures: UnitFigures, id: string) => figures.scales.find((s) => s.questionId === id);

/** The form's questions the sheets give a column of their own: D1 and E1 where the form asks them, and the index criteria. */
function formColumns<T>(form: SurveyDefinition, figuresOf: (unit: T) => UnitFigures, e1: "share" | "mean") {
  const columns: Column<T>[] = [];
  if (asksQuestion(form, EXTRA_MONEY.questionId))
    columns.push({
      header: "D1: tỷ lệ bị gợi ý chi thêm",
      cell: (u) => figuresOf(u).extraMoney.share,
      percent: true,
    });
  if (asksQuestion(form, "E1"))
    columns.push(
      e1 === "share"
        ? {
            header: "E1: tỷ lệ hài lòng chung",
            cell: (u) => scaleOf(figuresOf(u), "E1")?.share ?? null,
            percent: true,
          }
        : { header: "E1: điểm trung bình", cell: (u) => scaleOf(figuresOf(u), "E1")?.mean ?? null },
    );
  for (const id of indexCriteria(form))
    columns.push({
      header: `${id}: tỷ lệ hài lòng`,
      cell: (u) => scaleOf(figuresOf(u), id)?.share ?? null,
      percent: true,
    });
  return columns;
}

function areaTable(
  sheet: string,
  form: SurveyDefinition,
  areas: AreaResult[],
  excluded: (area: AreaResult) => number,
): ResultsTable {
  const columns: Column<AreaResult>[] = [
    { header: "Mã", cell: (a) => a.code },
    { header: "Tên", cell: (a) => a.name },
    { header: "Số xã", cell: (a) => a.communes || null },
    { header: "Phiếu hợp lệ", cell: (a) => a.pooled.responses },
    { header: "Chỉ số hài lòng (gộp)", cell: (a) => a.pooled.index.value, percent: true },
    { header: "CI 95% thấp", cell: (a) => a.pooled.index.interval?.low ?? null, percent: true },
    { header: "CI 95% cao", cell: (a) => a.pooled.index.interval?.high ?? null, percent: true },
    { header: "Chỉ số: trung bình các xã", cell: (a) => a.communeMean.index, percent: true },
    ...formColumns<AreaResult>(form, (a) => a.pooled, "share"),
    { header: "Phiếu bị loại (quyết định xem xét)", cell: excluded },
  ];
  return unitTable(sheet, columns, areas);
}

type CommuneRow = ResultsReport["communes"][number];

function communesTable(report: ResultsReport, form: SurveyDefinition): ResultsTable {
  const columns: Column<CommuneRow>[] = [
    { header: "Mã xã", cell: (c) => c.code },
    { header: "Xã/phường/thị trấn", cell: (c) => c.name },
    ...districtColumn<CommuneRow>(report, (c) => c.districtName),
    { header: "Phiếu hợp lệ", cell: (c) => c.figures.responses },
    { header: "Định mức", cell: (c) => quotaLabel(c.quota.status) },
    { header: "Tham khảo", cell: (c) => (c.quota.reference ? "tham khảo" : null) },
    { header: "Lý do", cell: (c) => c.quota.reason },
    { header: "Chỉ số hài lòng", cell: (c) => c.figures.index.value, percent: true },
    { header: "CI 95% thấp", cell: (c) => c.figures.index.interval?.low ?? null, percent: true },
    { header: "CI 95% cao", cell: (c) => c.figures.index.interval?.high ?? null, percent: true },
    ...formColumns<CommuneRow>(form, (c) => c.figures, "mean"),
    { header: "Tính khách quan", cell: (c) => (c.integrity.review ? "cần xem xét" : null) },
    { header: "Lý do cần xem xét", cell: (c) => c.integrity.reasons.join("; ") || null },
    { header: "Phiếu bị loại (quyết định xem xét)", cell: (c) => c.integrity.excludedResponses },
    { header: "Phiếu chưa xác minh Zalo (chỉ mã thiết bị)", cell: (c) => c.unverifiedResponses },
  ];
  return unitTable("communes", columns, report.communes);
}

export function quotaLabel(status: ResultsReport["communes"][number]["quota"]["status"]): string {
  return {
    ok: "đạt",
    too_few: "thiếu phiếu",
    too_many: "vượt định mức",
    missing_visits: "thiếu số lượt đến",
  }[status];
}

/** How a ranking entry reads: its rank, or why it has none. */
export function rankingNote(entry: RankingEntry): string {
  const note =
    entry.status === "insufficient_sample"
      ? "chưa đủ mẫu"
      : entry.status === "no_data"
        ? "chưa có phiếu"
        : "";
  return [note, entry.reference ? "tham khảo" : ""].filter(Boolean).join(", ");
}

type RankingRow = { scope: string; entry: RankingEntry };

function rankingsTable(report: ResultsReport): ResultsTable {
  const columns: Column<RankingRow>[] = [
    { header: "Phạm vi", cell: (r) => r.scope },
    { header: "Hạng", cell: (r) => r.entry.rank },
    { header: "Nhóm", cell: (r) => r.entry.band },
    { header: "Mã xã", cell: (r) => r.entry.communeCode },
    { header: "Xã/phường/thị trấn", cell: (r) => r.entry.communeName },
    ...districtColumn<RankingRow>(report, (r) => r.entry.districtName),
    { header: "Phiếu hợp lệ", cell: (r) => r.entry.responses },
    { header: "Chỉ số hài lòng", cell: (r) => r.entry.index, percent: true },
    { header: "CI 95% thấp", cell: (r) => r.entry.interval?.low ?? null, percent: true },
    { header: "CI 95% cao", cell: (r) => r.entry.interval?.high ?? null, percent: true },
    { header: "Ghi chú", cell: (r) => rankingNote(r.entry) || null },
  ];
  const rankings = [report.rankings.province, ...report.rankings.districts].filter((r) => r !== null);
  const rows = rankings.flatMap((r) => r.entries.map((entry) => ({ scope: r.name, entry })));
  return unitTable("rankings", columns, rows);
}

function criteriaRows(unit: string, name: string, figures: UnitFigures): Cell[][] {
  return figures.scales.map((s: ScaleFigure): Cell[] => {
    const count = (v: number) => s.options.find((o) => o.value === v)?.count ?? null;
    return [unit, name, s.questionId, count(5), count(4), count(3), count(2), count(1), count(0)].concat([
      s.answered,
      s.satisfied,
      s.share,
      s.interval?.low ?? null,
      s.interval?.high ?? null,
      s.mean,
    ]);
  });
}

function criteriaTable(report: ResultsReport): ResultsTable {
  const headers = [
    "Mã đơn vị",
    "Đơn vị",
    "Câu",
    "Số chọn 5",
    "Số chọn 4",
    "Số chọn 3",
    "Số chọn 2",
    "Số chọn 1",
  ].concat([
    "Không rõ",
    "Trả lời 1–5",
    "Hài lòng (4–5)",
    "Tỷ lệ hài lòng",
    "CI 95% thấp",
    "CI 95% cao",
    "Điểm TB",
  ]);
  const rows = [
    ...criteriaRows(report.province.code, report.province.name, report.province.pooled),
    ...report.districts.flatMap((d) => criteriaRows(d.code, d.name, d.pooled)),
    ...report.communes.flatMap((c) => criteriaRows(c.code, c.name, c.figures)),
  ];
  return { sheet: "criteria", headers, rows, percentColumns: [11, 12, 13] };
}

function choicesTable(report: ResultsReport): ResultsTable {
  const units = [
    { code: report.province.code, name: report.province.name, figures: report.province.pooled },
    ...report.districts.map((d) => ({ code: d.code, name: d.name, figures: d.pooled })),
    ...report.communes.map((c) => ({ code: c.code, name: c.name, figures: c.figures })),
  ];
  const rows = units.flatMap((u) =>
    u.figures.choices.flatMap((q) =>
      q.options.map((o): Cell[] => [u.code, u.name, q.questionId, o.value, o.label, o.count, o.share]),
    ),
  );
  const headers = [
    "Mã đơn vị",
    "Đơn vị",
    "Câu",
    "Giá trị",
    "Lựa chọn",
    "Số chọn",
    "Tỷ lệ (trong số trả lời câu)",
  ];
  return { sheet: "choices", headers, rows, percentColumns: [6] };
}

type CommentRow = ResultsReport["comments"][number];

/**
 * The answers to the form's free-text questions, headed by the question ("Ý kiến (E4)"), with a "Câu" column
 * when the form has several; none for a form without one (an empty sheet would look like no one wrote).
 */
function commentsTables(report: ResultsReport, form: SurveyDefinition): ResultsTable[] {
  const questions = freeTextQuestions(form);
  if (questions.length === 0) return [];
  const communes = new Map(report.communes.map((c) => [c.code, c]));
  const columns: Column<CommentRow>[] = [
    { header: "Mã xã", cell: (c) => c.communeCode },
    { header: "Xã/phường/thị trấn", cell: (c) => communes.get(c.communeCode)?.name ?? "" },
    ...districtColumn<CommentRow>(report, (c) => communes.get(c.communeCode)?.districtName ?? ""),
    ...(questions.length > 1 ? [{ header: "Câu", cell: (c: CommentRow) => c.questionId }] : []),
    {
      header: questions.length > 1 ? "Ý kiến" : `Ý kiến (${questions[0]!.id})`,
      cell: (c) => c.text,
    },
  ];
  return [unitTable("comments", columns, report.comments)];
}

/**
 * Every summary sheet of the workbook, in order (the per-response sheet follows, streamed); the columns of
 * questions are the campaign's form's.
 */
export function resultsTables(report: ResultsReport, form: SurveyDefinition): ResultsTable[] {
  return [
    areaTable("province", form, [report.province], () => report.integrity.excludedResponses),
    // A registry without districts has no districts sheet.
    ...(report.districts.length === 0
      ? []
      : [
          areaTable("districts", form, report.districts, (d) =>
            report.communes
              .filter((c) => c.districtCode === d.code)
              .reduce((sum, c) => sum + c.integrity.excludedResponses, 0),
          ),
        ]),
    communesTable(report, form),
    rankingsTable(report),
    criteriaTable(report),
    choicesTable(report),
    ...commentsTables(report, form),
    ...integrityTables(report),
  ];
}

export { quotaStatusText };
