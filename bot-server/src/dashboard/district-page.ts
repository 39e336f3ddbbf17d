import { Router } from "express";
import { ZDistrictCode, formatDateVi, type CommuneProgress } from "@pks02/shared";
import { assertDistrictAccess, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { dashboardCampaign } from "./campaign";
import { communesSection, ZCommuneTableQuery } from "./commune-table";
import { datesLabel, figuresSection, flagReason, rosterMissingSection } from "./figures";
import { html, type SafeHtml } from "./html";
import { turnoutFigure } from "./chart-slot";
import { communeDayLookup, dayGroups, progressView, rosterMissingOf } from "./progress-view";
import { sendStaffPage } from "./respond";
import { integrityDistrictSection, signalsChart } from "./integrity-sections";
import { computeIntegrity } from "../integrity/compute-integrity";

/** The communes outside the quota, each with its reason; those missing counts are listed just above. */
function flagsSection(communes: readonly CommuneProgress[]): SafeHtml {
  const flagged = communes.filter((c) => c.quota.status === "too_few" || c.quota.status === "too_many");
  const missing = communes.filter((c) => c.quota.status === "missing_visits");
  const items = flagged.map(
    (c) => html`<li><a href="/dashboard/xa/${c.code}">${c.name}</a>: ${flagReason(c)}</li>`,
  );
  const missingNames = missing.map(
    (c) =>
      html`<li>
        <a href="/dashboard/xa/${c.code}">${c.name}</a> (đã báo ${c.daysReported}/${c.quota.days} ngày)
      </li>`,
  );
  return html`<section aria-labelledby="can-chu-y" data-live id="can-chu-y-khoi">
    <h2 id="can-chu-y">Xã ngoài định mức (${flagged.length})</h2>
    ${
      flagged.length > 0
        ? html`<ul class="flags">
            ${items}
          </ul>`
        : html`<p>Không có xã nào thiếu hoặc vượt phiếu.</p>`
    }
    ${
      missing.length > 0
        ? html`<h3>Chưa báo đủ lượt đến cả đợt (${missing.length}): chưa xét được định mức</h3>
            <ul class="names">
              ${missingNames}
            </ul>`
        : ""
    }
  </section>`;
}

function notReportedSection(today: string, todays: readonly CommuneProgress[] | undefined): SafeHtml {
  if (!todays) return html``;
  const missing = todays.filter((c) => c.visits === null);
  const links = missing.map(
    (c) => html`<li><a href="/dashboard/nhap-luot-den?xa=${c.code}&amp;ngay=${today}">${c.name}</a></li>`,
  );
  return html`<section aria-labelledby="chua-bao" data-live id="chua-bao-khoi">
    <h2 id="chua-bao">Chưa báo lượt đến hôm nay (${missing.length})</h2>
    ${
      missing.length > 0
        ? html`<ul class="names">
            ${links}
          </ul>`
        : html`<p>Mọi xã đã báo số lượt công dân đến hôm nay.</p>`
    }
  </section>`;
}

/** GET /dashboard/huyen/:code — a district's communes (sortable, filterable), flags and who has not reported. */
export function districtRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard/huyen/:code", async (req, res) => {
    const code = parseInput(ZDistrictCode, req.params.code);
    const campaign = dashboardCampaign(res);
    const district = campaign.units.findParent(code);
    if (!district) throw new AppError("DISTRICT_NOT_FOUND");
    assertDistrictAccess(staffOf(res), code);
    const query = parseInput(ZCommuneTableQuery, req.query);
    const updatedAt = ctx.now();
    const [{ today, data, window, todays, photos }, roster, integrity] = await Promise.all([
      progressView(ctx, campaign, { kind: "district", districtCode: code }),
      rosterMissingOf(ctx, campaign, code),
      computeIntegrity(ctx, campaign, { districtCode: code, date: null }),
    ]);
    const basePath = `/dashboard/huyen/${code}`;
    const chart = await turnoutFigure({
      id: "bieu-do-ngay",
      caption: "Số phiếu và lượt công dân đến theo ngày",
      barsAre: "Ngày",
      bars: dayGroups(data),
    });
    const content = html` ${todays ? figuresSection("hom-nay", { heading: `Hôm nay (${formatDateVi(today)})`, totals: todays.province, photos: photos.today }) : ""}
      ${figuresSection("ca-dot", { heading: `Cả đợt đến nay (${datesLabel(window.dates)})`, totals: window.province, photos: photos.window })}
      ${notReportedSection(today, todays?.communes)} ${flagsSection(window.communes)}
      ${roster ? rosterMissingSection(roster, false) : ""}
      ${integrityDistrictSection(integrity, await signalsChart(integrity))}
      <section aria-labelledby="theo-ngay">
        <h2 id="theo-ngay">Theo ngày</h2>
        ${chart}
      </section>
      ${communesSection("Các xã", basePath, query, window.communes, {
        dates: window.dates,
        dayOf: communeDayLookup(data),
      })}`;
    sendStaffPage(ctx, res, { title: district.name, active: "district", updatedAt }, content);
  });
  return router;
}
