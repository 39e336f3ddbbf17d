import { Router } from "express";
import { formatDateVi, isSurveyDay, localDateOf } from "@pks02/shared";
import { staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { computeProgress } from "../progress/compute-progress";
import { dashboardCampaign } from "./campaign";
import { turnoutFigure } from "./chart-slot";
import { datesLabel, districtsTable, figuresSection } from "./figures";
import { html } from "./html";
import { homeOf } from "./login";
import { sendStaffPage } from "./respond";

/** Today's figures (when today is a survey day) and the window's so far, for one scope. */
export async function todayAndWindow(ctx: AppContext, districtCode?: string) {
  const today = localDateOf(ctx.now());
  const campaign = dashboardCampaign(ctx);
  const [window, todays] = await Promise.all([
    computeProgress(ctx, campaign, { districtCode }),
    isSurveyDay(campaign.window, today)
      ? computeProgress(ctx, campaign, { dates: [today], districtCode })
      : undefined,
  ]);
  return { today, window, todays };
}

/** GET /dashboard: the province overview (admin); district staff go to their own district. */
export function overviewRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard", async (_req, res) => {
    const staff = staffOf(res);
    if (staff.kind !== "admin") return res.redirect(303, homeOf(staff));
    const updatedAt = ctx.now();
    const { today, window, todays } = await todayAndWindow(ctx);
    const byDistrict = window.districts.map((d) => ({
      label: d.name,
      responses: d.responses,
      visits: d.visits,
    }));
    const content = html` ${todays ? figuresSection("hom-nay", { heading: `Hôm nay (${formatDateVi(today)})`, totals: todays.province }) : html`<p class="note">Hôm nay (${formatDateVi(today)}) không phải ngày khảo sát.</p>`}
      ${figuresSection("ca-dot", { heading: `Cả đợt đến nay (${datesLabel(window.dates)})`, totals: window.province })}
      <section aria-labelledby="bieu-do">
        <h2 id="bieu-do">Số phiếu và lượt công dân đến</h2>
        ${turnoutFigure({ id: "bieu-do-huyen", caption: "Theo huyện, cả đợt đến nay", barsAre: "Đơn vị", bars: byDistrict })}
      </section>
      <section aria-labelledby="cac-huyen">
        <h2 id="cac-huyen">Các huyện</h2>
        ${districtsTable(window.districts)}
      </section>`;
    sendStaffPage(ctx, res, { title: "Tổng quan toàn tỉnh", active: "overview", updatedAt }, content);
  });
  return router;
}
