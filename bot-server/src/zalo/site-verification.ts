import { Router, type Response } from "express";
import type { AppContext } from "../context";

/**
 * The page Zalo's domain verification looks for (Zalo for Developers → the app → "Xác thực domain"):
 * the meta tag on the home page, or the file `zalo_verifier<code>.html` at the root, which holds the same
 * tag. Only with ZALO_SITE_VERIFICATION set; otherwise / stays a 404 like any unknown path.
 */
export function siteVerificationRoutes(ctx: AppContext): Router {
  const router = Router();
  const code = ctx.config.zaloSiteVerification;
  if (!code) return router;
  const page =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="zalo-platform-site-verification" content="${code}" />` +
    `<title>PKS02</title></head><body>Máy chủ khảo sát PKS02.</body></html>`;
  const send = (_req: unknown, res: Response) => void res.type("html").send(page);
  router.get("/", send);
  router.get(`/zalo_verifier${code}.html`, send);
  return router;
}
