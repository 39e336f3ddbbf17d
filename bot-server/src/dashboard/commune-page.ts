import { Router, type Response } from "express";
import { z } from "zod";
import { ZCommuneCode, ZLocalDate, formatCount, formatDateVi, type Campaign } from "@pks02/shared";
import { assertDistrictAccess, staffOf } from "../auth/require-staff";
import type { AppContext } from "../context";
import { AppError, parseInput } from "../http/errors";
import { resultsVisibleTo } from "../results/access";
import { listCommuneVisitChanges, type VisitCountChange } from "../visits/visits-repository";
import { dashboardCampaign, reportCardHref } from "./campaign";
import { loadCommuneRecords } from "./commune-records";
import { membersSection, photosSection } from "./commune-sections";
import { flagReason, statusBadge } from "./figures";
import { communeDayLookup, progressView } from "./progress-view";
import { html, type SafeHtml } from "./html";
import { columnHeaders, scrollTable } from "./table";
import { momentVi } from "./layout";
import { reporterLabel } from "./reporter-label";
import { integrityCommuneSection } from "./integrity-sections";
import { computeIntegrity } from "../integrity/compute-integrity";
import { STAFF_COMMUNE_NOT_FOUND, csrfTokenOfSession, sendStaffPage } from "./respond";
import { dashboardSessionOf } from "./access";
import type { DecisionNotice } from "./decision-form";

type DayChange = VisitCountChange & { surveyDay: string };

export { reporterLabel };

const SOURCE_LABELS: Record<string, string> = { api: "Bảng theo dõi / API", "zalo-group": "Nhóm Zalo" };

function historySection(changes: readonly DayChange[]): SafeHtml {
  const rows = [...changes].reverse().map(
    (c) =>
      html`<tr>
        <td>${formatDateVi(c.surveyDay)}</td>
        <td>${formatCount(c.visits)}</td>
        <td>${c.previousVisits === null ? "—" : formatCount(c.previousVisits)}</td>
        <td>${reporterLabel(c.reportedBy)}</td>
        <td>${SOURCE_LABELS[c.source] ?? c.source}</td>
        <td class="when">${momentVi(c.changedAt)}</td>
      </tr>`,
  );
  const table = scrollTable({
    labelledBy: "lich-su",
    headers: columnHeaders(["Ngày", "Số lượt", "Trước đó", "Người nhập", "Qua", "Lúc"]),
    rows,
  });
  return html`<section aria-labelledby="lich-su">
    <h2 id="lich-su">Lịch sử số lượt công dân đến</h2>
    ${
      changes.length === 0
        ? html`<p>Chưa có báo cáo nào.</p>`
        : html`<p class="note">Mỗi lần nhập hoặc sửa, mới nhất trước.</p>
            ${table}`
    }
  </section>`;
}

/** Each day so far: responses, its current count and helpers (the latest change of that day), photos. */
function daysSection(
  code: string,
  days: readonly string[],
  changes: readonly DayChange[],
  dayOf: ReturnType<typeof communeDayLookup>,
): SafeHtml {
  const latest = new Map(changes.map((c) => [c.surveyDay, c]));
  const rows = days.map((day) => {
    const current = latest.get(day);
    const figures = dayOf(code, day);
    const helpers = current?.helpers.map((h) => html`<li>${h.name} (${h.role})</li>`) ?? [];
    return html`<tr>
      <th scope="row">${formatDateVi(day)}</th>
      <td>${formatCount(figures.responses)}</td>
      <td>${current ? formatCount(current.visits) : "chưa báo"}</td>
      <td>${formatCount(figures.photos)}</td>
      <td>
        ${
          helpers.length > 0
            ? html`<ul class="helpers">
                ${helpers}
              </ul>`
            : "—"
        }
      </td>
      <td>
        <a href="/dashboard/nhap-luot-den?xa=${code}&amp;ngay=${day}"
          >Nhập / sửa<span class="sr-only"> ngày ${formatDateVi(day)}</span></a
        >
      </td>
    </tr>`;
  });
  return html`<section aria-labelledby="theo-ngay" data-live id="theo-ngay-khoi">
    <h2 id="theo-ngay">Theo ngày</h2>
    ${scrollTable({ labelledBy: "theo-ngay", headers: columnHeaders(["Ngày", "Phiếu", "Lượt đến", "Ảnh báo cáo", "Người hỗ trợ", "Thao tác"]), rows })}
  </section>`;
}

/** The chairperson's report card, once this staff may see results (admin: always; district: after the window). */
function reportCardSection(
  ctx: AppContext,
  campaign: Campaign,
  staff: ReturnType<typeof staffOf>,
  code: string,
): SafeHtml {
  const visible = resultsVisibleTo(ctx, staff, campaign);
  return html`<section aria-labelledby="phieu-ket-qua">
    <h2 id="phieu-ket-qua">Phiếu kết quả của Chủ tịch UBND</h2>
    ${
      visible
        ? html`<p><a href="${reportCardHref(campaign, code)}" download>Tải phiếu kết quả (PDF)</a></p>`
        : html`<p>Phiếu kết quả xem được sau khi đợt khảo sát kết thúc.</p>`
    }
  </section>`;
}

/**
 * The commune page: figures, days, integrity signals (with the admin's decision forms), count history, photos,
 * helpers and the report card; `notice` tells of a decision just saved or refused on one of its days.
 */
export async function sendCommunePage(
  ctx: AppContext,
  res: Response,
  code: string,
  notice?: DecisionNotice,
  status = 200,
): Promise<void> {
  const campaign = dashboardCampaign(res);
  const commune = campaign.units.find(code);
  if (!commune) throw new AppError("COMMUNE_NOT_FOUND", { message: STAFF_COMMUNE_NOT_FOUND });
  const staff = staffOf(res);
  assertDistrictAccess(staff, commune.districtCode);
  const updatedAt = ctx.now();
  const [view, changes, records, integrity] = await Promise.all([
    progressView(ctx, campaign, { kind: "commune", communeCode: code }),
    listCommuneVisitChanges(ctx.db, campaign.id, code),
    loadCommuneRecords(ctx.db, campaign.id, code),
    computeIntegrity(ctx, campaign, { districtCode: commune.districtCode, date: null }),
  ]);
  const progress = view.window.communes[0]!;
  const viewer = {
    canDecide: staff.kind === "admin",
    csrfToken: csrfTokenOfSession(ctx, dashboardSessionOf(res)),
    notice,
  };
  const district = commune.districtCode
    ? html`<a href="/dashboard/huyen/${commune.districtCode}">${commune.districtName}</a> · `
    : "";
  const content = html`<p>${district}mã ${code}</p>
    <section aria-labelledby="ca-dot" data-live id="ca-dot-khoi">
      <h2 id="ca-dot">Cả đợt đến nay</h2>
      <p>${statusBadge(progress)} ${flagReason(progress)}</p>
    </section>
    ${daysSection(code, view.data.dates, changes, communeDayLookup(view.data))}
    ${integrityCommuneSection(
      integrity.communes.find((c) => c.code === code),
      viewer,
    )}
    ${historySection(changes)} ${photosSection(records.photos, records.members)}
    ${membersSection(records.members)} ${reportCardSection(ctx, campaign, staff, code)}`;
  sendStaffPage(ctx, res, { title: commune.name, active: "district", updatedAt, status }, content);
}

// ?xem-xet=YYYY-MM-DD: the redirect after a saved decision, to confirm it on the page.
const ZCommunePageQuery = z.object({ "xem-xet": z.optional(ZLocalDate) }).strict();

/** GET /dashboard/xa/:code — one commune (district staff: their own district's only). */
export function communeRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/dashboard/xa/:code", async (req, res) => {
    const code = parseInput(ZCommuneCode, req.params.code);
    const { "xem-xet": decided } = parseInput(ZCommunePageQuery, req.query);
    await sendCommunePage(ctx, res, code, decided ? { date: decided, saved: true } : undefined);
  });
  return router;
}
