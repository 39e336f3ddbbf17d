import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { queryRows } from "../../src/db/database";
import {
  TEST_ADMIN_TOKEN,
  TEST_CAMPAIGNS_DIR,
  TEST_CAMPAIGN_ID,
  startTestServer,
  type TestServer,
} from "../../src/testing";
import { noonOf } from "../intake/intake-fixtures";
import { DESKTOP, PHONE, TOKEN_213, launchChromium, logIn } from "./dashboard-kit";

jest.setTimeout(60_000);

const PKS02_TITLE = "Khảo sát ý kiến người dân về Chủ tịch UBND cấp xã (Mẫu PKS 02), Bắc Giang, tháng 6/2024";
const TEST_TITLE = "Đợt thử nghiệm phiếu ngắn (chỉ dùng để kiểm thử)";

describe("the dashboard of two campaigns: a staff member chooses which round the pages show", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        env: { CAMPAIGNS_DIR: TEST_CAMPAIGNS_DIR, DISTRICT_TOKENS: `213:${TOKEN_213}` },
        now: noonOf("2024-06-14"), // both campaigns run today
      }),
      launchChromium(),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const pageOf = async (token: string, viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport, locale: "vi-VN", baseURL: server.url });
    const page = await context.newPage();
    await logIn(page, token);
    return page;
  };

  it("shows the default campaign first; switching lists the other one's units flat, without districts", async () => {
    const page = await pageOf(TEST_ADMIN_TOKEN);
    expect(await page.locator(".campaign-bar strong").textContent()).toBe(PKS02_TITLE);
    expect(await page.getByRole("heading", { name: "Các huyện" }).count()).toBe(1);
    await page.getByLabel("Đợt khảo sát").selectOption(TEST_CAMPAIGN_ID);
    await page.getByRole("button", { name: "Xem đợt này" }).click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    expect(await page.locator(".campaign-bar strong").textContent()).toBe(TEST_TITLE);
    expect(await page.locator(".campaign-bar").textContent()).toContain("14/06/2024 – 15/06/2024");
    expect(await page.getByRole("heading", { name: "Các huyện" }).count()).toBe(0);
    const units = page.locator(
      "#cac-xa ~ * a[href^='/dashboard/xa/'], section:has(#cac-xa) a[href^='/dashboard/xa/']",
    );
    expect(await units.allTextContents()).toEqual(
      expect.arrayContaining(["Phường Mẫu An", "Xã Mẫu Bình", "Đặc khu Mẫu Cồn"]),
    );
    expect(await page.locator("main").textContent()).not.toMatch(/null|undefined/);
    const shots = process.env.PKS02_SCREENSHOTS; // a folder to look at the pages in (not a check)
    if (shots) await page.screenshot({ path: `${shots}/campaign-overview-1280.png`, fullPage: true });
    // The choice holds on the other pages: a unit of that campaign and its downloads.
    await page.goto("/dashboard/xa/99002");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Xã Mẫu Bình");
    await page.goto("/dashboard/tai-ve");
    const hrefs = await page
      .locator("a[download]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toContain(`campaign=${TEST_CAMPAIGN_ID}`);
    // Its form asks no D1 and its registry has no districts: the report and the results page say neither.
    const report = await page.request.get(hrefs.find((h) => h!.includes("bao-cao.pdf"))!);
    const reportText = execFileSync("pdftotext", ["-layout", "-", "-"], {
      input: await report.body(),
    }).toString();
    expect(reportText).toContain("ĐỢT THỬ NGHIỆM PHIẾU NGẮN");
    expect(reportText).not.toMatch(/D1|huyện|Huyện/);
    await page.goto("/dashboard/ket-qua");
    expect(await page.locator("#bieu-do-chi-so figcaption").textContent()).toBe("Chỉ số hài lòng theo xã");
    // Nothing to draw yet: a sentence, not an empty frame of axes.
    expect(await page.locator("#bieu-do-chi-so svg").count()).toBe(0);
    expect(await page.locator("#bieu-do-chi-so p").textContent()).toBe(
      "Chưa có xã nào có chỉ số hài lòng để vẽ biểu đồ.",
    );
    const results = await page.locator("main").textContent();
    expect(results).not.toMatch(/D1|Huyện|\(\)|tỉnh/);
    // The registry names no area: the whole is the round's, not a province's.
    expect(results).toMatch(/Trung bình các xã: .*; toàn đợt khảo sát gộp phiếu: /);
    expect(
      await page.locator("#xep-hang ~ * caption, section:has(#xep-hang) caption").first().innerText(),
    ).toBe("Xếp hạng: Toàn đợt khảo sát");
    await page.goto("/dashboard/tai-ve");
    expect(await page.locator("main").textContent()).toMatch(
      /Bảng tính đầy đủ \(XLSX\)\s*: toàn đợt, từng xã, xếp hạng, từng tiêu chí, ý kiến và từng phiếu/,
    );
    if (shots) {
      // The files a reader opens, kept to look at: the province report, a report card, the workbook.
      for (const [needle, name] of [
        ["bao-cao.pdf", "bao-cao.pdf"],
        ["99002", "phieu-99002.pdf"],
        ["ket-qua.xlsx", "ket-qua.xlsx"],
      ])
        writeFileSync(
          `${shots}/campaign-${name}`,
          await (await page.request.get(hrefs.find((h) => h!.includes(needle))!)).body(),
        );
      await page.goto("/dashboard/ket-qua");
      await page.screenshot({ path: `${shots}/campaign-results-1280.png`, fullPage: true });
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: `${shots}/campaign-results-360.png`, fullPage: true });
      await page.goto("/dashboard/tai-ve");
    }
    const csv = await page.request.get(hrefs.find((h) => h!.includes("ket-qua.csv"))!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("T1,T2 (1–5),T3");
    await page.context().close();
  });

  it("records a visitor count for the chosen campaign's unit from the form, in that campaign", async () => {
    const page = await pageOf(TEST_ADMIN_TOKEN, PHONE);
    await page.goto(`/dashboard/dot-khao-sat?dot=${TEST_CAMPAIGN_ID}&tiep=/dashboard/nhap-luot-den`);
    expect(new URL(page.url()).pathname).toBe("/dashboard/nhap-luot-den");
    const shots = process.env.PKS02_SCREENSHOTS;
    if (shots) await page.screenshot({ path: `${shots}/campaign-count-360.png`, fullPage: true });
    await page.goto("/dashboard/nhap-luot-den?xa=99001&ngay=2024-06-14");
    await page.getByLabel(/Số lượt công dân đến/).fill("9");
    await page.getByRole("button", { name: /Lưu/ }).click();
    await page.waitForLoadState("load");
    const rows = await queryRows<{ campaign_id: string; visits: number }>(
      server.context.db,
      sql`SELECT campaign_id, visits FROM commune_day_visits WHERE commune_code = '99001'`,
    );
    expect(rows).toEqual([{ campaign_id: TEST_CAMPAIGN_ID, visits: 9 }]);
    await page.context().close();
  });

  it("offers a district only the campaigns with its district, and refuses the others", async () => {
    const page = await pageOf(TOKEN_213);
    expect(await page.locator(".campaign-bar strong").textContent()).toBe(PKS02_TITLE);
    expect(await page.locator(".campaign-switch").count()).toBe(0);
    const res = await page.request.get(`/dashboard/dot-khao-sat?dot=${TEST_CAMPAIGN_ID}`, {
      maxRedirects: 0,
    });
    expect(res.status()).toBe(404);
    const away = await page.request.get(
      `/dashboard/dot-khao-sat?dot=pks02-bac-giang-2024-06&tiep=https://evil.example/`,
      {
        maxRedirects: 0,
      },
    );
    expect(away.status()).toBe(400);
    await page.context().close();
  });
});
