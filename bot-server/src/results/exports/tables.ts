import {
  PKS02_DEFINITION,
  quotaStatusText,
  type AreaResult,
  type RankingEntry,
  type ResultsReport,
  type ScaleFigure,
  type UnitFigures,
} from "@pks02/shared";

import { integrityTables } from "./integrity-tables";
import type { ResultsTable } from "./results-table";

export type { ResultsTable };

type Cell = string | number | null;
const CRITERIA = PKS02_DEFINITION.sections.find((s) => s.id === "C")!.questions.map((q) => q.id);
const scaleOf = (figures: UnitFigures, id: string) => figures.scales.find((s) => s.questionId === id);
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

const AREA_HEADERS = [
  "Mã",
  "Tên",
  "Số xã",
  "Phiếu hợp lệ",
  "Chỉ số hài lòng (gộp)",
  "CI 95% thấp",
  "CI 95% cao",
]
  .concat(["Chỉ số: trung bình các xã", "D1: tỷ lệ bị gợi ý chi thêm", "E1: tỷ lệ hài lòng chung"])
  .concat(CRITERIA.map((id) => `${id}: tỷ lệ hài lòng`))
  .concat(["Phiếu bị loại (quyết định xem xét)"]);

function areaRow(area: AreaResult, excluded: number): Cell[] {
  const { pooled } = area;
  return [area.code, area.name, area.communes || null, pooled.responses, pooled.index.value]
    .concat([pooled.index.interval?.low ?? null, pooled.index.interval?.high ?? null, area.communeMean.index])
    .concat([pooled.extraMoney.share, scaleOf(pooled, "E1")?.share ?? null])
    .concat(CRITERIA.map((id) => scaleOf(pooled, id)?.share ?? null))
    .concat([excluded]);
}

function areaTable(sheet: string, areas: AreaResult[], excluded: (area: AreaResult) => number): ResultsTable {
  return {
    sheet,
    headers: AREA_HEADERS,
    rows: areas.map((a) => areaRow(a, excluded(a))),
    percentColumns: [4, 5, 6, 7, 8, 9, ...range(10, 10)],
  };
}

function communesTable(report: ResultsReport): ResultsTable {
  const headers = ["Mã xã", "Xã/phường/thị trấn", "Huyện", "Phiếu hợp lệ", "Định mức", "Tham khảo", "Lý do"]
    .concat([
      "Chỉ số hài lòng",
      "CI 95% thấp",
      "CI 95% cao",
      "D1: tỷ lệ bị gợi ý chi thêm",
      "E1: điểm trung bình",
    ])
    .concat(CRITERIA.map((id) => `${id}: tỷ lệ hài lòng`))
    .concat(["Tính khách quan", "Lý do cần xem xét", "Phiếu bị loại (quyết định xem xét)"])
    .concat(["Phiếu chưa xác minh Zalo (chỉ mã thiết bị)"]);
  const rows = report.communes.map((c): Cell[] => {
    const { figures: f } = c;
    return [
      c.code,
      c.name,
      c.districtName,
      f.responses,
      quotaLabel(c.quota.status),
      c.quota.reference ? "tham khảo" : null,
    ]
      .concat([c.quota.reason, f.index.value, f.index.interval?.low ?? null, f.index.interval?.high ?? null])
      .concat([f.extraMoney.share, scaleOf(f, "E1")?.mean ?? null])
      .concat(CRITERIA.map((id) => scaleOf(f, id)?.share ?? null))
      .concat([c.integrity.review ? "cần xem xét" : null, c.integrity.reasons.join("; ") || null])
      .concat([c.integrity.excludedResponses, c.unverifiedResponses]);
  });
  return { sheet: "communes", headers, rows, percentColumns: [7, 8, 9, 10, ...range(12, 10)] };
}

/** The quota status as a short Vietnamese phrase. */
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

function rankingsTable(report: ResultsReport): ResultsTable {
  const headers = ["Phạm vi", "Hạng", "Nhóm", "Mã xã", "Xã/phường/thị trấn", "Huyện", "Phiếu hợp lệ"].concat([
    "Chỉ số hài lòng",
    "CI 95% thấp",
    "CI 95% cao",
    "Ghi chú",
  ]);
  const rankings = [report.rankings.province, ...report.rankings.districts].filter((r) => r !== null);
  const rows = rankings.flatMap((r) =>
    r.entries.map((e): Cell[] =>
      [r.name, e.rank, e.band, e.communeCode, e.communeName, e.districtName, e.responses].concat([
        e.index,
        e.interval?.low ?? null,
        e.interval?.high ?? null,
        rankingNote(e) || null,
      ]),
    ),
  );
  return { sheet: "rankings", headers, rows, percentColumns: [7, 8, 9] };
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

function commentsTable(report: ResultsReport): ResultsTable {
  const communes = new Map(report.communes.map((c) => [c.code, c]));
  const rows = report.comments.map((c): Cell[] => {
    const commune = communes.get(c.communeCode);
    return [c.communeCode, commune?.name ?? "", commune?.districtName ?? "", c.text];
  });
  return {
    sheet: "comments",
    headers: ["Mã xã", "Xã/phường/thị trấn", "Huyện", "Ý kiến (E4)"],
    rows,
    percentColumns: [],
  };
}

/** Every summary sheet of the workbook, in order (the per-response sheet follows, streamed). */
export function resultsTables(report: ResultsReport): ResultsTable[] {
  return [
    areaTable("province", [report.province], () => report.integrity.excludedResponses),
    areaTable("districts", report.districts, (d) =>
      report.communes
        .filter((c) => c.districtCode === d.code)
        .reduce((sum, c) => sum + c.integrity.excludedResponses, 0),
    ),
    communesTable(report),
    rankingsTable(report),
    criteriaTable(report),
    choicesTable(report),
    commentsTable(report),
    ...integrityTables(report),
  ];
}

export { quotaStatusText };
