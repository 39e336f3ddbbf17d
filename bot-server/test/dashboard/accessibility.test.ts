import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import {
  DESKTOP,
  PHONE,
  TEST_ADMIN_TOKEN,
  FLAGGED,
  TOKEN_213,
  newBrowserContext,
  seedFlaggedDay,
  staffPage,
  useDashboardSuite,
} from "./dashboard-kit";

jest.setTimeout(120_000);

/** Every page of the dashboard, as the staff who would open it. */
const PAGES: { name: string; path: string; token?: string }[] = [
  { name: "dang-nhap", path: "/dashboard/login" },
  { name: "tong-quan", path: "/dashboard", token: TEST_ADMIN_TOKEN },
  { name: "huyen", path: "/dashboard/huyen/213", token: TOKEN_213 },
  { name: "xa", path: "/dashboard/xa/07222", token: TOKEN_213 },
  // A commune-day "cần xem xét": the admin gets the decision form.
  { name: "xa-xem-xet", path: `/dashboard/xa/${FLAGGED.communeCode}`, token: TEST_ADMIN_TOKEN },
  { name: "nhap-luot-den", path: "/dashboard/nhap-luot-den?xa=07222&ngay=2024-06-13", token: TOKEN_213 },
  { name: "tu-choi", path: "/dashboard/huyen/215", token: TOKEN_213 },
  { name: "ket-qua", path: "/dashboard/ket-qua", token: TEST_ADMIN_TOKEN },
  { name: "tai-ve", path: "/dashboard/tai-ve", token: TEST_ADMIN_TOKEN },
  { name: "ket-qua-chua-mo", path: "/dashboard/ket-qua", token: TOKEN_213 },
];

/** Save a full-page screenshot when PKS02_SCREENSHOTS names a folder (to look at, not to assert). */
async function maybeScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.PKS02_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

describe("the dashboard's pages are accessible (axe-core, WCAG 2.1 AA) on a phone and a desktop", () => {
  const suite = useDashboardSuite();
  beforeAll(async () => {
    await seedFlaggedDay(suite.server);
  });
  // One logged-in browser per staff and screen size, reused across pages (a login per page is slow here).
  const pages = new Map<string, Promise<Page>>();
  const pageFor = (token: string | undefined, viewport: typeof PHONE) => {
    const key = `${token ?? "none"}@${viewport.width}`;
    if (!pages.has(key))
      pages.set(
        key,
        token
          ? staffPage(suite, token, viewport)
          : newBrowserContext(suite, viewport).then((c) => c.newPage()),
      );
    return pages.get(key)!;
  };

  for (const viewport of [PHONE, DESKTOP]) {
    it.each(PAGES)(`$name at ${viewport.width} px has no violations`, async ({ name, path, token }) => {
      const page = await pageFor(token, viewport);
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const violations = results.violations.map((v) => ({
        rule: v.id,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
      expect(violations).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
      // Usable at 360 px: nothing wider than the screen except inside scrolling tables.
      // (A string, so the server's tsconfig, which has no DOM types, does not check browser code.)
      const overflow = await page.evaluate<number>(
        "document.documentElement.scrollWidth - window.innerWidth",
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await maybeScreenshot(page, `${name}-${viewport.width}`);
    });
  }
});
