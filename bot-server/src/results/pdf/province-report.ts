import type { Writable } from "node:stream";
import {
  EXTRA_MONEY,
  asksQuestion,
  formatDateVi,
  wholeAreaPhrase,
  type Campaign,
  type Ranking,
  type ResultsReport,
} from "@pks02/shared";
import { intervalBarSpec, renderPng } from "../../charts";
import { decimal, interval, percent, unverifiedNote } from "./format";
import { chartImage, heading, paragraph, writePdf } from "./pdf-document";
import { drawTable, tableColumns } from "./pdf-table";
import { rankingNote } from "../exports/tables";

const RANKING_COLUMNS = tableColumns(
  ["Hạng", "Nhóm", "Xã/phường/thị trấn", "Huyện", "Phiếu", "Chỉ số", "CI 95%", "Ghi chú"],
  [0.06, 0.06, 0.26, 0.2, 0.07, 0.09, 0.12, 0.14],
  [2, 3, 7],
);
// A registry without districts: the district's width goes to the unit's name.
const FLAT_RANKING_COLUMNS = tableColumns(
  ["Hạng", "Nhóm", "Xã/phường/thị trấn", "Phiếu", "Chỉ số", "CI 95%", "Ghi chú"],
  [0.06, 0.06, 0.46, 0.07, 0.09, 0.12, 0.14],
  [2, 6],
);

function rankingRows(ranking: Ranking, withDistricts: boolean): string[][] {
  return ranking.entries
    .filter((e) => e.status !== "no_data")
    .map((e) => [
      e.rank?.toString() ?? "–",
      e.band?.toString() ?? "–",
      e.communeName,
      ...(withDistricts ? [e.districtName ?? "–"] : []),
      String(e.responses),
      percent(e.index),
      interval(e.interval),
      rankingNote(e),
    ]);
}

/** The chart of a district: each commune's index with its interval, best first; unranked ones lighter. */
export function districtChart(report: ResultsReport, ranking: Ranking) {
  const bars = ranking.entries
    .filter((e) => e.index !== null && e.interval !== null)
    .map((e) => ({
      label: e.communeName,
      value: e.index!,
      low: e.interval!.low,
      high: e.interval!.high,
      muted: e.status !== "ranked" || e.reference,
    }));
  return intervalBarSpec({
    title: `${ranking.name}: chỉ số hài lòng theo xã`,
    axisTitle: "Chỉ số hài lòng (CI 95%)",
    bars,
  });
}

function summary(doc: PDFKit.PDFDocument, report: ResultsReport, asksD1: boolean, whole: string): void {
  const { pooled, communeMean } = report.province;
  const reference = report.communes.filter((c) => c.quota.reference).length;
  const small = report.communes.filter(
    (c) => c.figures.responses > 0 && c.figures.responses < report.minSample,
  ).length;
  paragraph(
    doc,
    `Thời gian khảo sát: ${formatDateVi(report.window.start)} – ${formatDateVi(report.window.end)}.`,
  );
  paragraph(
    doc,
    `Phiếu hợp lệ: ${pooled.responses}; số xã có phiếu: ${communeMean.communes}/${report.communes.length}.`,
  );
  if (report.unverifiedResponses > 0)
    paragraph(doc, unverifiedNote(report.unverifiedResponses, pooled.responses));
  paragraph(
    doc,
    `Chỉ số hài lòng ${whole} (gộp phiếu): ${percent(pooled.index.value)} (CI 95%: ${interval(pooled.index.interval)}); trung bình các xã: ${percent(communeMean.index)}.`,
  );
  if (asksD1)
    paragraph(
      doc,
      `Tỷ lệ người dân bị gợi ý chi thêm ngoài quy định (D1): ${percent(pooled.extraMoney.share)}.`,
    );
  paragraph(
    doc,
    `Số xã ngoài định mức phiếu (kết quả "tham khảo"): ${reference}; số xã chưa đủ mẫu (dưới ${report.minSample} phiếu): ${small}.`,
  );
  const { integrity } = report;
  paragraph(
    doc,
    `Tính khách quan: ${integrity.review} xã cần xem xét; ${integrity.excludedResponses} phiếu của ${integrity.excludedCommuneDays.length} ngày-xã bị loại khỏi kết quả theo quyết định sau khi xem xét (không phiếu nào bị loại tự động).`,
  );
  paragraph(
    doc,
    "Nhóm: các xã có khoảng tin cậy chồng lên xã liền trên được xếp cùng nhóm — khác biệt trong một nhóm có thể chỉ do ngẫu nhiên.",
    8.5,
  );
}

/** The districts' figures; the D1 column only when the form asks D1. */
function districtsTable(doc: PDFKit.PDFDocument, report: ResultsReport, asksD1: boolean): void {
  const columns = asksD1
    ? tableColumns(
        ["Huyện/thị xã/thành phố", "Số xã", "Phiếu", "Chỉ số (gộp)", "CI 95%", "TB các xã", "D1 (Có)"],
        [0.34, 0.09, 0.1, 0.13, 0.16, 0.1, 0.08],
      )
    : tableColumns(
        ["Huyện/thị xã/thành phố", "Số xã", "Phiếu", "Chỉ số (gộp)", "CI 95%", "TB các xã"],
        [0.42, 0.09, 0.1, 0.13, 0.16, 0.1],
      );
  const rows = report.districts.map((d) => [
    d.name,
    String(d.communes),
    String(d.pooled.responses),
    percent(d.pooled.index.value),
    interval(d.pooled.index.interval),
    percent(d.communeMean.index),
    ...(asksD1 ? [percent(d.pooled.extraMoney.share)] : []),
  ]);
  drawTable(doc, columns, rows);
}

function commendation(doc: PDFKit.PDFDocument, report: ResultsReport): void {
  heading(doc, "Đề xuất khen thưởng: đơn vị thực hiện khảo sát tốt");
  const w = report.commendation.weights;
  paragraph(
    doc,
    `Xếp theo việc thực hiện (không theo điểm của Chủ tịch): đạt định mức phiếu mỗi ngày (trọng số ${decimal(w.quota)}), báo cáo lượt đến (${decimal(w.visits)}), gửi ảnh (${decimal(w.photos)}), có danh sách người hỗ trợ (${decimal(w.helpers)}).`,
    8.5,
  );
  report.commendation.candidates.forEach((c, i) => {
    paragraph(
      doc,
      `${i + 1}. ${c.communeName}${c.districtName ? ` (${c.districtName})` : ""} — điểm ${decimal(c.score)}: ${c.reasons.join("; ")}.`,
    );
  });
  if (report.commendation.candidates.length === 0) paragraph(doc, "Chưa có đơn vị nào có số liệu thực hiện.");
  heading(doc, "Người hỗ trợ nhiều ngày nhất", 11);
  for (const h of report.commendation.helpers)
    paragraph(doc, `• ${h.name} (${h.role}) — ${h.communeName}: ${h.days} ngày.`);
  if (report.commendation.helpers.length === 0) paragraph(doc, "Chưa có danh sách người hỗ trợ.");
}

/**
 * The province report: summary, districts, a chart and ranking per district, the province ranking, commendation;
 * titled with the campaign's title ("Báo cáo kết quả: Khảo sát ý kiến người dân về Chủ tịch UBND cấp xã …").
 */
export async function writeProvinceReportPdf(
  report: ResultsReport,
  campaign: Pick<Campaign, "title" | "form" | "units">,
  out: Writable,
): Promise<void> {
  const title = `Báo cáo kết quả: ${campaign.title}`;
  const withDistricts = report.districts.length > 0;
  const asksD1 = asksQuestion(campaign.form, EXTRA_MONEY.questionId);
  const whole = wholeAreaPhrase(campaign.units);
  await writePdf(out, title, async (doc) => {
    heading(doc, title.toUpperCase(), 14);
    summary(doc, report, asksD1, whole);
    if (withDistricts) {
      heading(doc, "Kết quả theo huyện/thị xã/thành phố");
      districtsTable(doc, report, asksD1);
    }
    // A district without any valid response gets a line here, not a page with an empty chart and table.
    const hasData = (r: Ranking) => r.entries.some((e) => e.status !== "no_data");
    const empty = report.rankings.districts.filter((r) => !hasData(r));
    if (empty.length > 0)
      paragraph(
        doc,
        `Chưa có phiếu hợp lệ nào (không có trang riêng): ${empty.map((r) => r.name).join(", ")}.`,
      );
    for (const ranking of report.rankings.districts.filter(hasData)) {
      doc.addPage();
      heading(doc, ranking.name);
      chartImage(doc, await renderPng(districtChart(report, ranking)), 430);
      drawTable(doc, RANKING_COLUMNS, rankingRows(ranking, true));
    }
    const province = report.rankings.province;
    if (province && hasData(province)) {
      doc.addPage();
      heading(doc, `Xếp hạng ${whole} theo chỉ số hài lòng`);
      drawTable(
        doc,
        withDistricts ? RANKING_COLUMNS : FLAT_RANKING_COLUMNS,
        rankingRows(province, withDistricts),
      );
    } else if (province) {
      // No valid response anywhere yet: a line, not a page with a table of headings alone.
      heading(doc, `Xếp hạng ${whole} theo chỉ số hài lòng`);
      paragraph(doc, "Chưa có xã nào có phiếu hợp lệ để xếp hạng.");
    }
    commendation(doc, report);
  });
}
