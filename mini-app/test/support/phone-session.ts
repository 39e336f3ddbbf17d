import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, phoneContext } from "./browser";
import { ensureMiniAppBuilt } from "./build";
import { startBotServer, type BotTestServer } from "./server";

export interface PhoneSession {
  server: BotTestServer;
  context: BrowserContext;
  page: Page;
}

/**
 * Register the hooks of a browser test file: one real bot server and one Chromium for the file, a fresh
 * phone (context and page) for each test, handed to `onPhone` before the test runs.
 */
export function usePhoneSession(onPhone: (session: PhoneSession) => void): void {
  let server: BotTestServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    ensureMiniAppBuilt();
    [server, browser] = await Promise.all([startBotServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await phoneContext(browser!);
    onPhone({ server: server!, context, page: await context.newPage() });
  });
  afterEach(async () => {
    await context?.close();
  });
}
