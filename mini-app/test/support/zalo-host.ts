import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { Page } from "playwright-core";

const WWW = join(__dirname, "../../www");
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

/**
 * Serve www/ under /zapps/<appId>/ with window.APP_ID set, the way Zalo's host page does, so the production
 * build's browser-router branch (basename /zapps/<APP_ID>) and the zmp-sdk loading run in the browser tests.
 */
export async function serveAsZaloHost(page: Page, origin: string, appId: string): Promise<void> {
  await page.addInitScript((id) => {
    (window as unknown as { APP_ID: string }).APP_ID = id;
  }, appId);
  await page.route(`${origin}/zapps/${appId}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(`/zapps/${appId}/`.length);
    const file = join(WWW, path);
    const isAsset = path !== "" && existsSync(file) && extname(file) !== "";
    await route.fulfill({
      status: 200,
      contentType: isAsset ? (TYPES[extname(file)] ?? "application/octet-stream") : "text/html",
      body: readFileSync(isAsset ? file : join(WWW, "index.html")),
    });
  });
}
