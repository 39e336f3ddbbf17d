import type { Writable } from "node:stream";
import {
  EXTRA_MONEY,
  areaKind,
  asksQuestion,
  formatDateVi,
  freeTextQuestions,
  type Campaign,
  type CommuneResult,
  type ResultsReport,
  type UnitFigures,
} from "@pks02/shared";
import { intervalBarSpec, renderPng } from "../../charts";
import { decimal, interval, percent, unverifiedNote } from "./format";
import { chartImage, heading, paragraph, writePdf } from "./pdf-document";
import { drawTable, tableColumns } from "./pdf-table";

const COMMENTS_SHOWN = 12;
/** PKS 02's question of what residents want improved first; a form without it gets no such section. */
const PRIORITIES_QUESTION = "E3";
/** The form's questions by id, for the criteria table's first column. */
const questionTexts = (campaign: Pick<Campaign, "form">) =>
  new Map(campaign.form.sections.flatMap((s) => s.questions).map((q) => [q.id, q.text]));

/**
 * The unit and what it is compared with, in legend order: "Xã", then "Huyện" when the registry has a district
 * level, then the whole ("Tỉnh", or "Toàn đợt" when the registry names no area; a registry without districts
 * compares the unit with the whole alone).
 */
type Comparison = { label: string; figures: UnitFigures }[];

function criteriaChart(commune: CommuneResult, units: Comparison) {
  const bars = commune.figures.scales.flatMap((scale) =>
    units.flatMap((unit) => {
      const figure = unit.figures.scales.find((s) => s.questionId === scale.questionId);
      if (!figure?.share || !figure.interval) return [];
      const { low, high } = figure.interval;
      return [{ label: scale.questionId, value: figure.share, low, high, group: unit.label }];
    }),
  );
  return intervalBarSpec({
    title: "Tỷ lệ hài lòng theo tiêu chí (CI 95%)",
    axisTitle: "Tỷ lệ hài lòng",
    bars,
    groups: units.map((u) => u.label),
    width: 460,
  });
}

/** Whether the responses may not be the residents' own, and what a reviewer excluded. */
function integrity(doc: PDFKit.PDFDocument, commune: CommuneResult): void {
  const { review, reasons, excludedResponses } = commune.integrity;
  if (review) paragraph(doc, `Tính khách quan — cần xem xét: ${reasons.join("; ")}.`);
  if (excludedResponses > 0)
    paragraph(doc, `${excludedResponses} phiếu bị loại khỏi kết quả theo quyết định sau khi xem xét.`);
}

function header(
  doc: PDFKit.PDFDocument,
  report: ResultsReport,
  commune: CommuneResult,
  units: Comparison,
  asksD1: boolean,
): void {
  heading(doc, `PHIẾU KẾT QUẢ: CHỦ TỊCH UBND ${commune.name.toUpperCase()}`, 14);
  paragraph(
    doc,
    `${commune.districtName ?? report.province.name} · khảo sát ${formatDateVi(report.window.start)} – ${formatDateVi(report.window.end)} · ${commune.figures.responses} phiếu hợp lệ.`,
  );
  if (commune.quota.reference) paragraph(doc, `Kết quả THAM KHẢO: ${commune.quota.reason}.`);
  integrity(doc, commune);
  if (commune.unverifiedResponses > 0)
    paragraph(doc, unverifiedNote(commune.unverifiedResponses, commune.figures.responses));
  if (commune.figures.responses < report.minSample)
    paragraph(doc, `Chưa đủ mẫu (dưới ${report.minSample} phiếu): không xếp hạng.`);
  const own = units[0]!.figures;
  const others = units.slice(1).map((u) => `${u.label.toLowerCase()} ${percent(u.figures.index.value)}`);
  paragraph(
    doc,
    `Chỉ số hài lòng: ${percent(own.index.value)} (CI 95%: ${interval(own.index.interval)}); ${others.join("; ")}.`,
  );
  const d1 = own.extraMoney;
  if (asksD1)
    paragraph(
      doc,
      `D1 — bị gợi ý chi thêm ngoài quy định: ${d1.yes}/${d1.answered} người (${percent(d1.share)}, CI 95%: ${interval(d1.interval)}); ${d1.declined} không muốn trả lời.`,
    );
}

function criteriaTable(doc: PDFKit.PDFDocument, units: Comparison, questionText: Map<string, string>): void {
  const others = units.slice(1);
  const rows = units[0]!.figures.scales.map((s) => {
    const other = (u: UnitFigures) => percent(u.scales.find((x) => x.questionId === s.questionId)?.share);
    return [
      `${s.questionId}. ${questionText.get(s.questionId) ?? ""}`,
      String(s.answered),
      String(s.dontKnow),
      percent(s.share),
      interval(s.interval),
      decimal(s.mean),
      ...others.map((u) => other(u.figures)),
    ];
  });
  // The criterion's text takes what the comparison columns leave.
  const columns = tableColumns(
    ["Tiêu chí", "Trả lời", "Không rõ", units[0]!.label, "CI 95%", "Điểm TB", ...others.map((u) => u.label)],
    [0.55 - 0.085 * others.length, 0.07, 0.1, 0.08, 0.12, 0.08, ...others.map(() => 0.085)],
  );
  drawTable(doc, columns, rows);
}

function priorities(doc: PDFKit.PDFDocument, figures: UnitFigures): void {
  const e3 = figures.choices.find((c) => c.questionId === PRIORITIES_QUESTION);
  heading(doc, "Điều người dân mong Chủ tịch ưu tiên cải thiện (E3)", 11);
  const chosen = (e3?.options ?? []).filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
  if (chosen.length === 0) paragraph(doc, "Chưa có lựa chọn nào.");
  for (const o of chosen)
    paragraph(doc, `• ${o.label}: ${o.count} người (${percent(o.share)} số người trả lời câu này)`, 9);
}

/** The commune's answers to the form's free-text questions (PKS 02: E4); nothing for a form without one. */
function comments(
  doc: PDFKit.PDFDocument,
  report: ResultsReport,
  commune: CommuneResult,
  form: Campaign["form"],
): void {
  const questions = freeTextQuestions(form).map((q) => q.id);
  if (questions.length === 0) return;
  const own = report.comments.filter((c) => c.communeCode === commune.code);
  heading(doc, `Ý kiến, kiến nghị của người dân (${questions.join(", ")}): ${own.length}`, 11);
  for (const c of own.slice(0, COMMENTS_SHOWN)) paragraph(doc, `“${c.text}”`, 9);
  if (own.length > COMMENTS_SHOWN)
    paragraph(doc, `… và ${own.length - COMMENTS_SHOWN} ý kiến khác (xem results.xlsx, trang comments).`, 9);
}

/** A chairperson's report card: index and each criterion against district and province, D1, E3, comments. */
export async function writeReportCardPdf(
  report: ResultsReport,
  campaign: Pick<Campaign, "form" | "units">,
  communeCode: string,
  out: Writable,
): Promise<void> {
  const commune = report.communes.find((c) => c.code === communeCode);
  if (!commune) throw new Error(`commune ${communeCode} is not in this report`);
  const district = report.districts.find((d) => d.code === commune.districtCode);
  const units: Comparison = [
    { label: "Xã", figures: commune.figures },
    ...(district ? [{ label: "Huyện", figures: district.pooled }] : []),
    { label: areaKind(campaign.units) ?? "Toàn đợt", figures: report.province.pooled },
  ];
  await writePdf(out, `Phiếu kết quả — ${commune.name}`, async (doc) => {
    header(doc, report, commune, units, asksQuestion(campaign.form, EXTRA_MONEY.questionId));
    if (commune.figures.responses === 0) return paragraph(doc, "Chưa có phiếu hợp lệ nào của đơn vị này.");
    chartImage(doc, await renderPng(criteriaChart(commune, units)), 330);
    criteriaTable(doc, units, questionTexts(campaign));
    if (asksQuestion(campaign.form, PRIORITIES_QUESTION)) priorities(doc, commune.figures);
    comments(doc, report, commune, campaign.form);
  });
}
