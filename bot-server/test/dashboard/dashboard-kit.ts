import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { sql } from "drizzle-orm";
import { PROVINCE } from "@pks02/shared";
import { SAMPLE_PHOTO_URL } from "../../src/console-group/test-members";
import { memberKeyOf, saveMember } from "../../src/group-bot/members";
import { savePhotoReport } from "../../src/progress/photo-reports";
import { recordVisits } from "../../src/visits/record-visits";
import { startTestServer, type TestServer } from "../../src/testing";
import { insertStoredResponses, noonOf } from "../intake/intake-fixtures";

export { TEST_ADMIN_TOKEN } from "../../src/testing";

/** Staff tokens of two districts: Thành phố Bắc Giang (213) and Huyện Yên Thế (215). */
export const TOKEN_213 = "dashboard-district-213-token-0123456789abcdef";
export const TOKEN_215 = "dashboard-district-215-token-0123456789abcdef";

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** Debian's Chromium, headless (the flags the brief of this machine asks for). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Some figures to look at: counts and responses in a few communes of 213 and 215, on the second day. */
async function seedFigures(server: TestServer): Promise<void> {
  const { context } = server;
  const visits = (
    communeCode: string,
    date: string,
    count: number,
    helpers = [] as { name: string; role: string }[],
  ) =>
    recordVisits(context, {
      campaign: context.config.campaigns.defaultCampaign,
      communeCode,
      date,
      visits: count,
      helpers,
      source: "api",
      reportedBy: "admin",
      scope: PROVINCE,
    });
  await visits("07222", "2024-06-12", 30, [{ name: "Nguyễn Văn An", role: "Hội Cựu chiến binh" }]);
  await visits("07222", "2024-06-13", 24);
  await visits("07201", "2024-06-12", 10);
  await visits("07243", "2024-06-12", 12);
  await visits("07243", "2024-06-13", 16);
  await insertStoredResponses(context.db, "07222", "2024-06-12", 16);
  await insertStoredResponses(context.db, "07222", "2024-06-13", 9);
  await insertStoredResponses(context.db, "07201", "2024-06-12", 3);
  await insertStoredResponses(context.db, "07243", "2024-06-12", 25);
  // Two task-team members of Song Mai, one of whom sent a photo report each day.
  const member = memberKeyOf(context.config, "dashboard-test-member-1");
  await saveMember(context.db, {
    memberKey: member,
    communeCode: "07222",
    districtCode: "213",
    at: noonOf("2024-06-12"),
  });
  await saveMember(context.db, {
    memberKey: memberKeyOf(context.config, "dashboard-test-member-2"),
    communeCode: "07222",
    districtCode: "213",
    at: noonOf("2024-06-13"),
  });
  for (const day of ["2024-06-12", "2024-06-13"]) {
    await savePhotoReport(context.db, {
      eventKey: `dashboard-photo-${day}`,
      campaignId: context.config.campaigns.defaultCampaign.id,
      communeCode: "07222",
      surveyDay: day,
      memberKey: member,
      imageUrl: SAMPLE_PHOTO_URL,
      receivedAt: noonOf(day),
    });
  }
}

/** Phường Trần Phú (213) on 12/6: 12 forms, all within one 5-minute span — "cần xem xét" for a burst. */
export const FLAGGED = { communeCode: "07213", date: "2024-06-12", responses: 12 } as const;

/**
 * Seed FLAGGED: its forms, and its burst counters as a closed day keeps them (folded: the day's peak). Kept
 * apart from the suite's figures so that the other dashboard tests' counts stay as they are.
 */
export async function seedFlaggedDay(server: TestServer): Promise<void> {
  const { communeCode, date, responses } = FLAGGED;
  await insertStoredResponses(server.context.db, communeCode, date, responses);
  await server.context.db.execute(
    sql`INSERT INTO response_burst_days (survey_id, commune_code, survey_day, peak, responses)
        VALUES ('PKS02', ${communeCode}, ${date}::date, ${responses}, ${responses})`,
  );
}

export interface DashboardSuite {
  server: TestServer;
  browser: Browser;
}

/**
 * Register the hooks of a dashboard browser test file: one real server (real PostgreSQL, district tokens
 * of 213 and 215, the clock at noon on the second survey day, a few figures) and one Chromium.
 */
export function useDashboardSuite(): DashboardSuite {
  const suite = {} as DashboardSuite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([
      startTestServer({
        env: { DISTRICT_TOKENS: `213:${TOKEN_213},215:${TOKEN_215}` },
        now: noonOf("2024-06-13"),
      }),
      launchChromium(),
    ]);
    await seedFigures(suite.server);
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** A fresh browser (no cookies) of this size, in Vietnamese. */
export function newBrowserContext(suite: DashboardSuite, viewport = DESKTOP): Promise<BrowserContext> {
  return suite.browser.newContext({ viewport, locale: "vi-VN", baseURL: suite.server.url });
}

/** Log in through the login page as a person would; the page is left where the login sent it. */
export async function logIn(page: Page, token: string): Promise<void> {
  await page.goto("/dashboard/login");
  await page.getByLabel("Mã truy cập của cán bộ").fill(token);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForLoadState("load");
}

/** A logged-in page of a fresh browser. */
export async function staffPage(suite: DashboardSuite, token: string, viewport = DESKTOP): Promise<Page> {
  const context = await newBrowserContext(suite, viewport);
  const page = await context.newPage();
  await logIn(page, token);
  return page;
}
