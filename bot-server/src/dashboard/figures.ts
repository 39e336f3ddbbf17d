import {
  formatCount,
  formatDateVi,
  quotaStatusText,
  type CommuneProgress,
  type DistrictProgress,
  type ProgressTotals,
  type QuotaStatus,
  type RosterMissingReport,
} from "@pks02/shared";
import { html, type SafeHtml } from "./html";
import { columnHeaders, scrollTable } from "./table";

/** The short name of a quota status, as a table cell or a filter option reads it. */
export const STATUS_LABELS: Record<QuotaStatus, string> = {
  ok: "Đạt",
  too_few: "Thiếu phiếu",
  too_many: "Vượt phiếu",
  missing_visits: "Chưa báo lượt đến",
};

/** A commune's status as a badge: the word, never only a colour. */
export const statusBadge = (c: CommuneProgress): SafeHtml =>
  html`<span class="badge ${c.quota.status}">${STATUS_LABELS[c.quota.status]}</span>`;

/** Why a commune is flagged: "cần thêm 4 phiếu (6 phiếu / 20 lượt đến)". */
export function flagReason(c: CommuneProgress): string {
  const visits = c.visits === null ? "chưa đủ số lượt đến" : `${formatCount(c.visits)} lượt đến`;
  return `${quotaStatusText(c.quota)} (${formatCount(c.responses)} phiếu / ${visits})`;
}

/** "12/06/2024 – 14/06/2024", or one date. */
export function datesLabel(dates: readonly string[]): string {
  if (dates.length === 0) return "chưa có ngày khảo sát nào";
  const first = formatDateVi(dates[0]!);
  return dates.length === 1 ? first : `${first} – ${formatDateVi(dates.at(-1)!)}`;
}

export interface FiguresBlock {
  heading: string;
  totals: ProgressTotals;
  /** Photo reports received over the same days, when known. */
  photos?: number;
}

/** A block of headline figures (responses, visitors, communes by status, photos) under its heading. */
export function figuresSection(id: string, block: FiguresBlock): SafeHtml {
  const t = block.totals;
  const items: [string, number | undefined][] = [
    ["Phiếu trả lời", t.responses],
    // Only where device ids are accepted (ALLOW_DEVICE_IDS): such responses are not verified at Zalo.
    [
      "Trong đó chưa xác minh Zalo (chỉ mã thiết bị)",
      t.unverifiedResponses > 0 ? t.unverifiedResponses : undefined,
    ],
    ["Lượt công dân đến (đã báo)", t.visits],
    ["Xã đạt", t.communesOk],
    ["Xã thiếu phiếu", t.communesTooFew],
    ["Xã vượt phiếu", t.communesTooMany],
    ["Xã chưa báo lượt đến", t.communesMissingVisits],
    ["Ảnh báo cáo", block.photos],
  ];
  const cells = items
    .filter(([, value]) => value !== undefined)
    .map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>${formatCount(value!)}</dd>
        </div>`,
    );
  return html`<section class="figures" aria-labelledby="${id}" data-live id="${id}-khoi">
    <h2 id="${id}">${block.heading}</h2>
    <dl>${cells}</dl>
  </section>`;
}

/** The table of districts, each linking to its page. */
export function districtsTable(districts: readonly DistrictProgress[]): SafeHtml {
  const rows = districts.map(
    (d) =>
      html`<tr>
        <th scope="row"><a href="/dashboard/huyen/${d.code}">${d.name}</a></th>
        <td>${d.communes}</td>
        <td>${formatCount(d.responses)}</td>
        <td>${formatCount(d.visits)}</td>
        <td>${d.communesOk}</td>
        <td>${d.communesTooFew}</td>
        <td>${d.communesTooMany}</td>
        <td>${d.communesMissingVisits}</td>
      </tr>`,
  );
  return scrollTable({
    labelledBy: "bang-huyen",
    caption: "Các huyện, thị xã, thành phố",
    headers: columnHeaders([
      "Đơn vị",
      "Số xã",
      "Phiếu",
      "Lượt đến",
      "Đạt",
      "Thiếu phiếu",
      "Vượt phiếu",
      "Chưa báo lượt đến",
    ]),
    rows,
    liveId: "bang-huyen-khoi",
  });
}

/**
 * The units still without a helpers' roster (until the survey ends): by name for a district, by district
 * for the province, with the due date.
 */
export function rosterMissingSection(report: RosterMissingReport, byDistrict: boolean): SafeHtml | "" {
  if (report.units.length === 0) return "";
  const due = formatDateVi(report.dueDate);
  const heading = `Chưa có lịch hỗ trợ (${report.units.length}/${report.communeCount} đơn vị, ${report.overdue ? `đã quá hạn ${due}` : `hạn ${due}`})`;
  const counts = new Map<string, { name: string; count: number }>();
  for (const u of report.units)
    counts.set(u.districtCode, { name: u.districtName, count: (counts.get(u.districtCode)?.count ?? 0) + 1 });
  const items = byDistrict
    ? [...counts.entries()].map(
        ([code, d]) => html`<li><a href="/dashboard/huyen/${code}">${d.name}</a>: ${d.count} đơn vị</li>`,
      )
    : report.units.map((u) => html`<li><a href="/dashboard/xa/${u.code}">${u.name}</a></li>`);
  return html`<section aria-labelledby="chua-co-lich" data-live id="chua-co-lich-khoi">
    <h2 id="chua-co-lich">${heading}</h2>
    <ul class="names">
      ${items}
    </ul>
  </section>`;
}
