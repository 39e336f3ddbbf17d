import { Router } from "express";
import { PROVINCE, formatDateVi } from "@pks02/shared";
import { staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { turnoutFigure } from "./chart-slot";
import { datesLabel, districtsTable, figuresSection, rosterMissingSection } from "./figures";
import { html } from "./html";
import { homeOf } from "./login";
import { dashboardCampaign } from "./campaign";
import { communesSection, ZCommuneTableQuery } from "./commune-table";
import { communeDayLookup, dayGroups, progressView, rosterMissingOf } from "./progress-view";
import { parseInput } from "../http/errors";
import { sendStaffPage } from "./respond";

/** GET /dashboard: the province overview (admin); district staff go to their own district. */
export function overviewRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard", async (req, res) => {
    const staff = staffOf(res);
    if (staff.kind !== "admin") return res.redirect(303, homeOf(staff));
    const query = parseInput(ZCommuneTableQuery, req.query);
    const campaign = dashboardCampaign(res);
    const updatedAt = ctx.now();
    const [{ today, data, window, todays, photos }, roster] = await Promise.all([
      progressView(ctx, campaign, PROVINCE),
      rosterMissingOf(ctx, campaign, null),
    ]);
    const byDistrict = window.districts.map((d) => ({
      label: d.name,
      responses: d.responses,
      visits: d.visits,
    }));
    const flat = campaign.units.parents.length === 0;
    const [dayChart, districtChart] = await Promise.all([
      turnoutFigure({ id: "bieu-do-ngay", caption: "Theo ngày", barsAre: "Ngày", bars: dayGroups(data) }),
      // A registry without districts has no chart by district: its units are listed below.
      flat
        ? ""
        : turnoutFigure({
            id: "bieu-do-huyen",
            caption: "Theo huyện, cả đợt đến nay",
            barsAre: "Đơn vị",
            bars: byDistrict,
          }),
    ]);
    const units = flat
      ? communesSection("Các đơn vị", "/dashboard", query, window.communes, {
          dates: window.dates,
          dayOf: communeDayLookup(data),
        })
      : html`<section aria-labelledby="cac-huyen">
          <h2 id="cac-huyen">Các huyện</h2>
          ${districtsTable(window.districts)}
        </section>`;
    const content = html` ${todays ? figuresSection("hom-nay", { heading: `Hôm nay (${formatDateVi(today)})`, totals: todays.province, photos: photos.today }) : html`<p class="note">Hôm nay (${formatDateVi(today)}) không phải ngày khảo sát.</p>`}
      ${figuresSection("ca-dot", { heading: `Cả đợt đến nay (${datesLabel(window.dates)})`, totals: window.province, photos: photos.window })}
      ${roster ? rosterMissingSection(roster, true) : ""}
      <section aria-labelledby="bieu-do">
        <h2 id="bieu-do">Số phiếu và lượt công dân đến</h2>
        <div class="charts">${dayChart} ${districtChart}</div>
      </section>
      ${units}`;
    sendStaffPage(ctx, res, { title: "Tổng quan toàn tỉnh", active: "overview", updatedAt }, content);
  });
  return router;
}
