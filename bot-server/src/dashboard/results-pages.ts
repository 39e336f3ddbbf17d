import { Router } from "express";
import {
  EXTRA_MONEY,
  areaKind,
  asksQuestion,
  communesIn,
  formatCount,
  formatDateVi,
  freeTextQuestions,
  hasDistricts,
  lowerFirst,
  wholeAreaPhrase,
  wholeAreaTitle,
  type Campaign,
  type Ranking,
  type ResultsReport,
} from "@pks02/shared";
import { scopeOf, staffOf, type Staff } from "../auth/require-staff";
import { intervalBarSpec, renderSvg } from "../charts";
import type { AppContext } from "../context";
import { resultsVisibleTo } from "../results/access";
import { computeResults } from "../results/compute-results";
import { resultsExportHandlers } from "../results/exports/export-routes";
import { rankingNote } from "../results/exports/tables";
import { interval, percent, unverifiedNote } from "../results/pdf/format";
import { campaignQuery, dashboardCampaign, reportCardHref } from "./campaign";
import { html, raw, type SafeHtml } from "./html";
import { sendStaffPage } from "./respond";
import { columnHeaders, scrollTable } from "./table";

/** Results are not shown yet to this staff: say when they will be (a district sees them after the window). */
function notYet(campaign: Campaign): SafeHtml {
  const { window } = campaign;
  return html`<div class="note" role="status">
    <p>
      Kết quả khảo sát của huyện xem được sau khi đợt khảo sát kết thúc (sau ngày
      ${formatDateVi(window.end)}), để điểm số tạm thời không ảnh hưởng đến những ngày khảo sát còn lại.
    </p>
    <p>Trong lúc chờ: tiến độ các xã ở <a href="/dashboard">trang của huyện</a>.</p>
  </div>`;
}

/** The results of the staff's scope (the province, or their district), when they may see them. */
async function visibleResults(
  ctx: AppContext,
  campaign: Campaign,
  staff: Staff,
): Promise<ResultsReport | undefined> {
  if (!resultsVisibleTo(ctx, staff, campaign)) return undefined;
  return computeResults(ctx, campaign, { districtCode: staff.kind === "admin" ? null : staff.districtCode });
}

/** A ranking as a table: rank, band, commune (with its report card), responses, index and interval, notes. */
function rankingTable(campaign: Campaign, ranking: Ranking, id: string): SafeHtml {
  // A registry without districts has no district column.
  const withDistricts = hasDistricts(campaign.units);
  const rows = ranking.entries.map(
    (e) =>
      html`<tr>
        <td>${e.rank ?? "–"}</td>
        <td>${e.band ?? "–"}</td>
        <th scope="row"><a href="/dashboard/xa/${e.communeCode}">${e.communeName}</a></th>
        ${withDistricts ? html`<td>${e.districtName ?? "–"}</td>` : ""}
        <td>${formatCount(e.responses)}</td>
        <td>${percent(e.index)}</td>
        <td>${interval(e.interval)}</td>
        <td>${rankingNote(e)}</td>
        <td>
          <a href="${reportCardHref(campaign, e.communeCode)}" download
            >PDF<span class="sr-only"> phiếu kết quả ${e.communeName}</span></a
          >
        </td>
      </tr>`,
  );
  return scrollTable({
    labelledBy: id,
    caption: `Xếp hạng: ${ranking.name}`,
    headers: columnHeaders([
      "Hạng",
      "Nhóm",
      "Xã/phường/thị trấn",
      ...(withDistricts ? ["Huyện"] : []),
      "Phiếu",
      "Chỉ số",
      "CI 95%",
      "Ghi chú",
      "Phiếu kết quả",
    ]),
    rows,
  });
}

/**
 * The index of each district (the province's staff) or each commune (a district's, or any staff's in a registry
 * without districts), with its interval.
 */
async function indexChart(report: ResultsReport): Promise<SafeHtml> {
  const byDistrict = report.districtCode === null && report.districts.length > 0;
  const units = byDistrict
    ? report.districts.map((d) => ({ label: d.name, figures: d.pooled, muted: false }))
    : report.communes.map((c) => ({ label: c.name, figures: c.figures, muted: c.quota.reference }));
  const bars = units
    .filter((u) => u.figures.index.value !== null && u.figures.index.interval !== null)
    .sort((a, b) => b.figures.index.value! - a.figures.index.value!)
    .map((u) => ({
      label: u.label,
      value: u.figures.index.value!,
      low: u.figures.index.interval!.low,
      high: u.figures.index.interval!.high,
      muted: u.muted,
    }));
  const caption = byDistrict ? "Chỉ số hài lòng theo huyện (gộp phiếu)" : "Chỉ số hài lòng theo xã";
  // No unit has an index yet (before the first responses): words, not an empty frame of axes.
  if (bars.length === 0)
    return html`<figure class="chart" id="bieu-do-chi-so" aria-labelledby="bieu-do-chi-so-tieu-de">
      <figcaption id="bieu-do-chi-so-tieu-de">${caption}</figcaption>
      <p>Chưa có ${byDistrict ? "huyện" : "xã"} nào có chỉ số hài lòng để vẽ biểu đồ.</p>
    </figure>`;
  const rows = bars.map(
    (b) =>
      html`<tr>
        <th scope="row">${b.label}</th>
        <td>${percent(b.value)}</td>
        <td>${interval(b)}</td>
      </tr>`,
  );
  const svg = await renderSvg(
    intervalBarSpec({ title: "", axisTitle: "Chỉ số hài lòng (CI 95%)", bars, width: 300 }),
  );
  return html`<figure class="chart" id="bieu-do-chi-so" aria-labelledby="bieu-do-chi-so-tieu-de">
    <figcaption id="bieu-do-chi-so-tieu-de">${caption}</figcaption>
    <div class="chart-image" aria-hidden="true">${raw(svg)}</div>
    <details>
      <summary>Số liệu của biểu đồ</summary>
      ${scrollTable({ labelledBy: "bieu-do-chi-so-bang", caption: `${caption}: số liệu`, headers: columnHeaders(["Đơn vị", "Chỉ số", "CI 95%"]), rows })}
    </details>
  </figure>`;
}

function resultsContent(campaign: Campaign, report: ResultsReport, chart: SafeHtml): SafeHtml {
  const { pooled, communeMean } = report.province;
  const area = report.districtCode === null ? report.province : report.districts[0]!;
  const rankings = report.rankings.province ? [report.rankings.province] : report.rankings.districts;
  const candidates = report.commendation.candidates.map(
    (c) =>
      html`<li>
        <a href="/dashboard/xa/${c.communeCode}">${c.communeName}</a
        >${c.districtName ? ` (${c.districtName})` : ""}: ${c.reasons.join("; ")}
      </li>`,
  );
  return html`<section class="figures" aria-labelledby="tong-hop">
      <h2 id="tong-hop">
        ${area.name}: ${formatDateVi(report.window.start)} – ${formatDateVi(report.window.end)}
      </h2>
      <dl>
        <div>
          <dt>Phiếu hợp lệ</dt>
          <dd>${formatCount(area.pooled.responses)}</dd>
        </div>
        <div>
          <dt>Chỉ số hài lòng (gộp phiếu)</dt>
          <dd>${percent(area.pooled.index.value)}</dd>
        </div>
        <div>
          <dt>Khoảng tin cậy 95%</dt>
          <dd>${interval(area.pooled.index.interval)}</dd>
        </div>
        ${
          asksQuestion(campaign.form, EXTRA_MONEY.questionId)
            ? html`<div>
                <dt>Bị gợi ý chi thêm (D1)</dt>
                <dd>${percent(area.pooled.extraMoney.share)}</dd>
              </div>`
            : ""
        }
      </dl>
      ${report.districtCode === null ? html`<p>Trung bình các xã: ${percent(communeMean.index)}; ${wholeAreaPhrase(campaign.units)} gộp phiếu: ${percent(pooled.index.value)}.</p>` : html`<p>${wholeAreaTitle(campaign.units)} (để so sánh): ${percent(pooled.index.value)}.</p>`}
      ${report.unverifiedResponses > 0 ? html`<p class="note">${unverifiedNote(report.unverifiedResponses, area.pooled.responses)}</p>` : ""}
    </section>
    <section aria-labelledby="bieu-do">
      <h2 id="bieu-do">Biểu đồ</h2>
      ${chart}
    </section>
    <section aria-labelledby="xep-hang">
      <h2 id="xep-hang">Xếp hạng Chủ tịch UBND cấp xã</h2>
      <p class="note">
        Nhóm: các xã có khoảng tin cậy chồng lên xã liền trên được xếp cùng nhóm — khác biệt trong một nhóm có
        thể chỉ do ngẫu nhiên. Xã dưới ${report.minSample} phiếu không xếp hạng; xã ngoài định mức phiếu có
        kết quả "tham khảo".
      </p>
      ${rankings.map((r, i) => rankingTable(campaign, r, `bang-xep-hang-${i}`))}
    </section>
    <section aria-labelledby="khen-thuong">
      <h2 id="khen-thuong">Đề xuất khen thưởng việc tổ chức khảo sát</h2>
      ${
        candidates.length > 0
          ? html`<ol>
              ${candidates}
            </ol>`
          : html`<p>Chưa có xã nào đủ điều kiện.</p>`
      }
    </section>
    <p><a href="/dashboard/tai-ve">Tải về bảng tính, báo cáo PDF và phiếu kết quả từng xã</a></p>`;
}

/** What the workbook holds, in the words of the campaign's registry and form. */
function workbookContents(campaign: Campaign): string {
  const kind = areaKind(campaign.units);
  const whole = kind === null ? "toàn đợt" : lowerFirst(kind);
  return (
    [
      whole,
      ...(hasDistricts(campaign.units) ? ["huyện"] : []),
      "từng xã, xếp hạng, từng tiêu chí",
      ...(freeTextQuestions(campaign.form).length > 0 ? ["ý kiến"] : []),
    ].join(", ") + " và từng phiếu"
  );
}

function downloadsContent(campaign: Campaign, staff: Staff): SafeHtml {
  const communes = communesIn(scopeOf(staff), campaign.units);
  const links = communes.map(
    (c) =>
      html`<li>
        <a href="${reportCardHref(campaign, c.code)}" download>${c.name}</a
        >${staff.kind === "admin" && c.districtName ? ` (${c.districtName})` : ""}
      </li>`,
  );
  return html`<section aria-labelledby="tep-tong-hop">
      <h2 id="tep-tong-hop">Kết quả tổng hợp</h2>
      <ul class="downloads">
        <li>
          <a href="/dashboard/tai-ve/ket-qua.xlsx${campaignQuery(campaign)}" download
            >Bảng tính đầy đủ (XLSX)</a
          >: ${workbookContents(campaign)}
        </li>
        <li>
          <a href="/dashboard/tai-ve/ket-qua.csv${campaignQuery(campaign)}" download>Từng phiếu (CSV)</a>: để
          xử lý bằng phần mềm khác
        </li>
        <li>
          <a href="/dashboard/tai-ve/bao-cao.pdf${campaignQuery(campaign)}" download>Báo cáo tổng hợp (PDF)</a
          >: biểu đồ, xếp hạng, đề xuất khen thưởng
        </li>
      </ul>
    </section>
    <section aria-labelledby="phieu-tung-xa">
      <h2 id="phieu-tung-xa">Phiếu kết quả từng Chủ tịch UBND xã (PDF, ${communes.length})</h2>
      <ul class="names">
        ${links}
      </ul>
    </section>
    <p class="note">
      Mỗi tệp được tính lại khi tải về, từ các phiếu hợp lệ của đợt khảo sát
      ${formatDateVi(campaign.window.start)} – ${formatDateVi(campaign.window.end)}.
    </p>`;
}

/** GET /dashboard/ket-qua (results and rankings), /dashboard/tai-ve (every download) and the downloads. */
export function resultsPageRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard/ket-qua", async (_req, res) => {
    const staff = staffOf(res);
    const campaign = dashboardCampaign(res);
    const report = await visibleResults(ctx, campaign, staff);
    const content = report ? resultsContent(campaign, report, await indexChart(report)) : notYet(campaign);
    sendStaffPage(ctx, res, { title: "Kết quả khảo sát", active: "results" }, content);
  });
  router.get("/dashboard/tai-ve", (_req, res) => {
    const staff = staffOf(res);
    const campaign = dashboardCampaign(res);
    const visible = resultsVisibleTo(ctx, staff, campaign);
    sendStaffPage(
      ctx,
      res,
      { title: "Tải về", active: "downloads" },
      visible ? downloadsContent(campaign, staff) : notYet(campaign),
    );
  });
  const handlers = resultsExportHandlers(ctx);
  router.get("/dashboard/tai-ve/ket-qua.xlsx", handlers.xlsx);
  router.get("/dashboard/tai-ve/ket-qua.csv", handlers.csv);
  router.get("/dashboard/tai-ve/bao-cao.pdf", handlers.pdf);
  router.get("/dashboard/tai-ve/xa/:code/phieu-ket-qua.pdf", handlers.reportCard);
  return router;
}
