import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, headless; pages must be opened on `localhost` (zmp-sdk picks mocks by hostname). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** A phone-sized context, like the cheap Android phones most residents use. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, locale: "vi-VN", hasTouch: true });
}

/** Save a screenshot when PKS02_SCREENSHOTS names a folder (used to look at the screens, not to assert). */
export async function maybeScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.PKS02_SCREENSHOTS;
  if (!dir) return;
  await page.waitForTimeout(800); // let zmp-ui's page transition finish
  await page.screenshot({ path: `${dir}/${name}.png` });
}
