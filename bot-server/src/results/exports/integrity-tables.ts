import {
  INTEGRITY_VERDICT_LABELS,
  formatDateVi,
  type CommuneResult,
  type ResultsReport,
} from "@pks02/shared";
import { districtColumn, unitTable, type ResultsTable } from "./results-table";

/** The integrity section of the workbook: the communes "cần xem xét" with the reasons, and what was excluded. */
export function integrityTables(report: ResultsReport): ResultsTable[] {
  const marked = report.communes.filter((c) => c.integrity.review || c.integrity.excludedResponses > 0);
  const flagged = unitTable<CommuneResult>(
    "integrity",
    [
      { header: "Mã xã", cell: (c) => c.code },
      { header: "Xã/phường/thị trấn", cell: (c) => c.name },
      ...districtColumn<CommuneResult>(report, (c) => c.districtName),
      { header: "Cần xem xét", cell: (c) => (c.integrity.review ? "cần xem xét" : null) },
      { header: "Lý do", cell: (c) => c.integrity.reasons.join("; ") || null },
      { header: "Phiếu bị loại", cell: (c) => c.integrity.excludedResponses },
    ],
    marked,
  );
  const excluded: ResultsTable = {
    sheet: "excluded",
    headers: [
      "Mã xã",
      "Xã/phường/thị trấn",
      "Ngày",
      "Phiếu bị loại",
      "Quyết định",
      "Ghi chú",
      "Người quyết định",
    ].concat(["Thời điểm quyết định"]),
    rows: report.integrity.excludedCommuneDays.map((d) => [
      d.communeCode,
      d.communeName,
      formatDateVi(d.date),
      d.responses,
      INTEGRITY_VERDICT_LABELS.excluded,
      d.note,
      d.decidedBy,
      d.decidedAt,
    ]),
    percentColumns: [],
  };
  return [flagged, excluded];
}
