import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { DISTRICT_213_TOKEN, DISTRICT_ENV, DONG_TIEN, THO_XUONG, noonOf } from "../intake/intake-fixtures";
import { seedResults } from "../results/results-fixtures";
import { DESKTOP, launchChromium, logIn } from "./dashboard-kit";

jest.setTimeout(90_000);

describe("the dashboard's results and downloads", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ env: DISTRICT_ENV }), launchChromium()]);
    await seedResults(server);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(browser.contexts().map((c) => c.close()));
  });

  async function pageAs(token: string) {
    const context = await browser.newContext({ viewport: DESKTOP, locale: "vi-VN", baseURL: server.url });
    const page = await context.newPage();
    await logIn(page, token);
    return page;
  }

  it("the admin sees the province's ranking with each commune's report card, and downloads the XLSX", async () => {
    server.setNow(noonOf("2024-06-14"));
    const page = await pageAs(TEST_ADMIN_TOKEN);
    await page.getByRole("navigation").getByRole("link", { name: "Kết quả" }).click();
    const ranking = page.getByRole("table", { name: "Xếp hạng: Toàn tỉnh" });
    const first = ranking.getByRole("row").nth(1);
    expect(await first.getByRole("rowheader").textContent()).toBe("Xã Đồng Tiến");
    expect(await first.textContent()).toContain("100,0%");
    expect(await ranking.getByRole("row").filter({ hasText: "Xã Song Mai" }).textContent()).toContain(
      "chưa đủ mẫu",
    );
    // The chart comes from the chart module (Vega's SVG), with its figures in a table for screen readers.
    expect(await page.locator("#bieu-do-chi-so svg").count()).toBe(1);
    await page.locator("#bieu-do-chi-so").getByText("Số liệu của biểu đồ").click();
    const figures = page.getByRole("table", { name: /Chỉ số hài lòng theo huyện.*số liệu/ });
    expect(await figures.getByRole("rowheader").allTextContents()).toEqual([
      "Huyện Yên Thế",
      "Thành phố Bắc Giang",
    ]);

    await page.getByRole("link", { name: /Tải về bảng tính/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Bảng tính đầy đủ (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("results.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const communes = workbook.getWorksheet("communes")!;
    const thoXuong = communes
      .getRows(2, communes.rowCount - 1)!
      .find((r) => r.getCell(1).value === THO_XUONG)!;
    expect(thoXuong.getCell(4).value).toBe(22);
    expect(workbook.getWorksheet("responses")!.rowCount).toBe(1 + 52);
    // A staff page's error speaks to staff: a wrong round id is a typo to check, not a QR code to rescan.
    const wrong = await page.request.get("/dashboard/tai-ve/ket-qua.xlsx?campaign=khong-co-dot-nay");
    expect(wrong.status()).toBe(404);
    expect(await wrong.text()).toContain("Xin kiểm tra lại mã đợt");
  });

  it("a district sees its results only after the window, and never another district's report card", async () => {
    server.setNow(noonOf("2024-06-14"));
    const early = await pageAs(DISTRICT_213_TOKEN);
    await early.goto("/dashboard/ket-qua");
    expect(await early.getByRole("status").textContent()).toContain("sau khi đợt khảo sát kết thúc");
    const refused = await early.goto("/dashboard/tai-ve/ket-qua.xlsx");
    expect(refused!.status()).toBe(403);
    expect(await early.locator("main").textContent()).toContain("chỉ xem được sau khi đợt khảo sát kết thúc");

    server.setNow(noonOf("2024-06-15"));
    const page = await pageAs(DISTRICT_213_TOKEN);
    await page.goto("/dashboard/ket-qua");
    const ranking = page.getByRole("table", { name: "Xếp hạng: Thành phố Bắc Giang" });
    expect(await ranking.getByRole("row").filter({ hasText: "Phường Thọ Xương" }).count()).toBe(1);
    expect(await page.getByText("Xã Đồng Tiến").count()).toBe(0);
    await page.goto("/dashboard/tai-ve");
    const cards = page.getByRole("region", { name: /Phiếu kết quả từng Chủ tịch/ }).getByRole("link");
    expect(await cards.count()).toBe(16);
    const card = await page.request.get(`/dashboard/tai-ve/xa/${THO_XUONG}/phieu-ket-qua.pdf`);
    expect([card.status(), card.headers()["content-type"]]).toEqual([200, "application/pdf"]);
    const other = await page.request.get(`/dashboard/tai-ve/xa/${DONG_TIEN}/phieu-ket-qua.pdf`);
    expect(other.status()).toBe(403);
  });
});
