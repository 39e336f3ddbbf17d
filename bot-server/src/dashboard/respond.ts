import type { ErrorRequestHandler, Response } from "express";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { html, type SafeHtml } from "./html";
import { DASHBOARD_PAGE, campaignsOfStaff, chosenCampaign } from "./campaign";
import { documentHtml, staffPage, type CampaignBar, type NavKey } from "./layout";
import { csrfTokenOf } from "./session";
import { sessionBinding } from "./access";
import type { DashboardSession } from "./session";

/** The CSRF token of this session's forms. */
export const csrfTokenOfSession = (ctx: AppContext, session: DashboardSession): string =>
  csrfTokenOf(ctx.config, sessionBinding(session));

/** Send a logged-in staff page (never cached: it holds scoped figures). */
export function sendStaffPage(
  ctx: AppContext,
  res: Response,
  page: { title: string; active?: NavKey; updatedAt?: Date; status?: number },
  content: SafeHtml,
): void {
  const session = res.locals.dashboardSession as DashboardSession;
  const body = staffPage(
    {
      ...page,
      staff: session.staff,
      csrfToken: csrfTokenOfSession(ctx, session),
      campaign: campaignBarOf(ctx, res, session),
    },
    content,
  );
  res
    .status(page.status ?? 200)
    .type("html")
    .set("Cache-Control", "no-store")
    .send(body);
}

/** The page's campaign line, once the request's campaign is chosen (not on an error before that). */
function campaignBarOf(ctx: AppContext, res: Response, session: DashboardSession): CampaignBar | undefined {
  const current = chosenCampaign(res);
  if (!current) return undefined;
  const path = res.req.path;
  return {
    current,
    choices: campaignsOfStaff(ctx, session.staff),
    returnPath: DASHBOARD_PAGE.test(path) ? path : "/dashboard",
  };
}

const TITLES: Record<number, string> = {
  400: "Yêu cầu chưa hợp lệ",
  401: "Cần đăng nhập",
  403: "Không có quyền xem trang này",
  404: "Không tìm thấy trang",
};

/**
 * The dashboard's errors as pages, in Vietnamese, with the same status and code as the API's (the code is
 * in a data attribute for tests and support); errors that are not ours go on to the app's error handler.
 */
export function dashboardErrors(ctx: AppContext): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (!(error instanceof AppError) || res.headersSent) return next(error);
    res.locals.errorCode = error.code;
    const title = TITLES[error.status] ?? "Có lỗi";
    const content = html`<div class="error" role="alert" data-error-code="${error.code}">
        <p>${error.messageFor("staff")}</p>
      </div>
      <p>
        <a href="${error.status === 401 ? "/dashboard/login" : "/dashboard"}"
          >${error.status === 401 ? "Đăng nhập" : "Về trang đầu"}</a
        >
      </p>`;
    if (res.locals.dashboardSession) {
      sendStaffPage(ctx, res, { title, status: error.status }, content);
      return;
    }
    res
      .status(error.status)
      .type("html")
      .set("Cache-Control", "no-store")
      .send(
        documentHtml(
          title,
          html`<main id="noi-dung" class="narrow">
            <h1>${title}</h1>
            ${content}
          </main>`,
        ),
      );
  };
}

/** A wrong commune code, worded for staff (the API's own words tell a resident to rescan the QR code). */
export const STAFF_COMMUNE_NOT_FOUND = "Không có xã, phường, thị trấn nào mang mã này.";
