import express, { Router, type Request, type Response } from "express";
import { z } from "zod";
import { staffForToken, type Staff } from "../auth/require-staff";
import type { AppContext } from "../context";
import { parseInput } from "../http/errors";
import {
  assertFormFromUs,
  clearSessionCookie,
  loginBinding,
  loginBindingOf,
  loginNonceOf,
  safeReturnPath,
  sessionBinding,
  sessionOf,
  setSessionCookie,
} from "./access";
import { html } from "./html";
import { documentHtml } from "./layout";
import { csrfTokenOf, openSession } from "./session";

const ZLoginForm = z.object({
  token: z.string().max(512).default(""),
  tiep: z.string().max(300).optional(),
  _csrf: z.string().max(100).optional(),
});

/** Where a staff member starts: the province overview, or their own district. */
export const homeOf = (staff: Staff): string =>
  staff.kind === "admin" ? "/dashboard" : `/dashboard/huyen/${staff.districtCode}`;

function loginPage(csrfToken: string, returnPath: string | undefined, error?: string): string {
  return documentHtml(
    "Đăng nhập",
    html`<main id="noi-dung" class="narrow">
      <h1>Bảng theo dõi khảo sát PKS02</h1>
      <p>Dành cho Ban Chỉ đạo tỉnh và các huyện. Nhập mã truy cập được cấp cho đơn vị của mình.</p>
      ${error ? html`<div class="error" role="alert" id="loi-dang-nhap"><p>${error}</p></div>` : ""}
      <form method="post" action="/dashboard/login" class="card">
        <input type="hidden" name="_csrf" value="${csrfToken}" />
        ${returnPath ? html`<input type="hidden" name="tiep" value="${returnPath}" />` : ""}
        <label for="token">Mã truy cập của cán bộ</label>
        <input
          id="token"
          name="token"
          type="password"
          required
          autocomplete="current-password"
          spellcheck="false"
          ${error ? html` aria-invalid="true" aria-describedby="loi-dang-nhap"` : ""}
        />
        <button type="submit">Đăng nhập</button>
      </form>
    </main>`,
  );
}

function sendLoginPage(ctx: AppContext, req: Request, res: Response, status: number, error?: string) {
  const nonce = loginNonceOf(ctx, req, res);
  const returnPath = safeReturnPath(req.query.tiep ?? (req.body as { tiep?: unknown } | undefined)?.tiep);
  res
    .status(status)
    .type("html")
    .set("Cache-Control", "no-store")
    .send(loginPage(csrfTokenOf(ctx.config, loginBinding(nonce)), returnPath, error));
}

/** GET/POST /dashboard/login, POST /dashboard/logout. */
export function loginRoutes(ctx: AppContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "4kb", parameterLimit: 10 });
  router.get("/dashboard/login", (req, res) => {
    const session = sessionOf(ctx, req);
    if (session) return res.redirect(303, homeOf(session.staff));
    sendLoginPage(ctx, req, res, 200);
  });
  router.post("/dashboard/login", form, (req, res) => {
    assertFormFromUs(ctx, req, loginBindingOf(req));
    const input = parseInput(ZLoginForm, req.body ?? {});
    const token = input.token.trim();
    const staff = token ? staffForToken(ctx.config, token) : undefined;
    if (!staff) {
      res.locals.errorCode = "UNAUTHORIZED";
      return sendLoginPage(ctx, req, res, 401, "Mã truy cập không đúng. Xin kiểm tra lại mã được cấp.");
    }
    setSessionCookie(ctx, req, res, openSession(ctx.config, token, staff, ctx.now()));
    res.redirect(303, safeReturnPath(input.tiep) ?? homeOf(staff));
  });
  router.post("/dashboard/logout", form, (req, res) => {
    const session = sessionOf(ctx, req);
    if (session) assertFormFromUs(ctx, req, sessionBinding(session));
    clearSessionCookie(res);
    res.redirect(303, "/dashboard/login");
  });
  return router;
}
