import { INTEGRITY_VERDICT_LABELS, formatDateVi, type ResultsReport } from "@pks02/shared";
import type { ResultsTable } from "./results-table";

/** The integrity section of the workbook: the communes "cần xem xét" with the reasons, and what was excluded. */
export function integrityTables(report: ResultsReport): ResultsTable[] {
  const marked = report.communes.filter((c) => c.integrity.review || c.integrity.excludedResponses > 0);
  const withDistricts = report.districts.length > 0;
  const flagged: ResultsTable = {
    sheet: "integrity",
    headers: ["Mã xã", "Xã/phường/thị trấn"]
      .concat(withDistricts ? ["Huyện"] : [])
      .concat(["Cần xem xét", "Lý do", "Phiếu bị loại"]),
    rows: marked.map((c) => [
      c.code,
      c.name,
      ...(withDistricts ? [c.districtName] : []),
      c.integrity.review ? "cần xem xét" : null,
      c.integrity.reasons.join("; ") || null,
      c.integrity.excludedResponses,
    ]),
    percentColumns: [],
  };
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
