import { communesOfDistrict } from "@pks02/shared";
import {
  TEST_ADMIN_TOKEN,
  TOKEN_213,
  logIn,
  newBrowserContext,
  staffPage,
  useDashboardSuite,
} from "./dashboard-kit";

jest.setTimeout(60_000);

describe("the staff dashboard in a browser", () => {
  const suite = useDashboardSuite();
  const closeAll = async () => Promise.all(suite.browser.contexts().map((c) => c.close()));
  afterEach(closeAll);

  it("when staff log in, they reach the overview; after logging out the pages ask to log in again", async () => {
    const page = await (await newBrowserContext(suite)).newPage();
    await page.goto("/dashboard");
    expect(new URL(page.url()).pathname).toBe("/dashboard/login");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bảng theo dõi khảo sát PKS02");
    await logIn(page, TEST_ADMIN_TOKEN);
    expect(new URL(page.url()).pathname).toBe("/dashboard");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Tổng quan toàn tỉnh");
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({
      name: "pks02_session",
      httpOnly: true,
      sameSite: "Strict",
      path: "/dashboard",
    });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL("**/dashboard/login");
    expect(await page.context().cookies()).not.toContainEqual(
      expect.objectContaining({ name: "pks02_session" }),
    );
    await page.goto("/dashboard/huyen/213");
    expect(new URL(page.url()).pathname).toBe("/dashboard/login");
  });

  it("when the token is wrong, the login page says so in Vietnamese and no session is opened", async () => {
    const page = await (await newBrowserContext(suite)).newPage();
    await page.goto("/dashboard/login");
    await page.getByLabel("Mã truy cập của cán bộ").fill("not-a-token-of-this-server-0123456789");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Đăng nhập" }).click(),
    ]);
    expect(response.status()).toBe(401);
    expect(await page.getByRole("alert").textContent()).toContain("Mã truy cập không đúng");
    expect(await page.context().cookies()).not.toContainEqual(
      expect.objectContaining({ name: "pks02_session" }),
    );
  });

  it("the admin sees all ten districts, each linking to its page", async () => {
    const page = await staffPage(suite, TEST_ADMIN_TOKEN);
    const table = page.getByRole("table", { name: "Các huyện, thị xã, thành phố" });
    const links = table.getByRole("rowheader").getByRole("link");
    expect(await links.count()).toBe(10);
    expect(await links.allTextContents()).toContain("Huyện Yên Thế");
    await links.filter({ hasText: "Huyện Yên Thế" }).click();
    expect(new URL(page.url()).pathname).toBe("/dashboard/huyen/215");
    const pages = [
      ["Kết quả", "Xếp hạng Chủ tịch UBND cấp xã"],
      ["Tải về", "Kết quả tổng hợp"],
    ] as const;
    for (const [name, heading] of pages) {
      await page.getByRole("navigation").getByRole("link", { name }).click();
      expect(await page.getByRole("heading", { name: heading }).count()).toBe(1);
    }
  });

  it("a district's staff see only their own communes and are refused another district's pages", async () => {
    const page = await staffPage(suite, TOKEN_213);
    expect(new URL(page.url()).pathname).toBe("/dashboard/huyen/213");
    const names = await page
      .getByRole("table", { name: /^Các xã/ })
      .getByRole("rowheader")
      .allTextContents();
    expect(names.sort()).toEqual(
      communesOfDistrict("213")
        .map((c) => c.name)
        .sort(),
    );
    // No roster was uploaded: the page lists every unit of the district as still without one.
    const roster = page.getByRole("region", { name: /^Chưa có lịch hỗ trợ/ });
    expect(await roster.getByRole("heading").textContent()).toMatch(
      /\(16\/16 đơn vị, đã quá hạn 07\/06\/2024\)/,
    );
    expect(await roster.getByRole("link").count()).toBe(16);

    for (const path of [
      "/dashboard/huyen/215",
      "/dashboard/xa/07243",
      "/dashboard/nhap-luot-den?xa=07243&ngay=2024-06-13",
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      expect(await page.getByRole("alert").textContent()).toContain("không được xem dữ liệu của đơn vị khác");
    }
    const overview = await page.goto("/dashboard");
    expect(new URL(page.url()).pathname).toBe("/dashboard/huyen/213");
    expect(overview?.status()).toBe(200);
  });

  it("a count entered on the dashboard shows in the district's table and in /api/progress", async () => {
    const page = await staffPage(suite, TOKEN_213);
    await page.goto("/dashboard/nhap-luot-den");
    await page.getByLabel("Xã, phường, thị trấn").selectOption("07201");
    await page.getByLabel("Ngày", { exact: true }).selectOption("2024-06-13");
    await page.getByRole("button", { name: "Chọn" }).click();
    await page.getByLabel("Số lượt công dân đến").fill("37");
    await page.getByLabel("Họ tên người hỗ trợ 1").fill("Trần Thị Bình");
    await page.getByLabel("Vai trò người hỗ trợ 1").fill("Đoàn Thanh niên");
    await page.getByLabel("Đơn vị người hỗ trợ 1").fill("Đoàn phường Thọ Xương");
    await page.getByRole("button", { name: "Lưu số lượt đến" }).click();
    expect(await page.getByRole("status").textContent()).toContain("Đã lưu: 37 lượt");
    // The helper's unit is kept with the count, and shown again on the form.
    expect(await page.getByLabel("Đơn vị người hỗ trợ 1").inputValue()).toBe("Đoàn phường Thọ Xương");

    await page.goto("/dashboard/huyen/213?tim=Th%E1%BB%8D%20X%C6%B0%C6%A1ng");
    const row = page.getByRole("row", { name: /Phường Thọ Xương/ });
    // 10 on 12/6 + 37 on 13/6 = 47 visits; 3 responses is below ⌈47 × 50 %⌉ = 24.
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "Thiếu phiếu",
      "3",
      "47",
      "2/2",
      "3 phiếu · 10 lượt · 0 ảnh", // each survey day so far
      "0 phiếu · 37 lượt · 0 ảnh",
    ]);
    const progress = await suite.server.request("/api/progress?date=2024-06-13", { token: TOKEN_213 });
    const report = (await progress.json()) as { communes: { code: string; visits: number | null }[] };
    expect(report.communes.find((c) => c.code === "07201")?.visits).toBe(37);
  });

  it("an open page picks up a new count by itself and says when its figures were read", async () => {
    const page = await staffPage(suite, TEST_ADMIN_TOKEN);
    const commune = communesOfDistrict("215").find((c) => c.code !== "07243")!;
    await page.goto(`/dashboard/huyen/215?tim=${commune.code}`);
    const visitsCell = page
      .getByRole("row", { name: new RegExp(commune.name) })
      .getByRole("cell")
      .nth(2);
    expect(await visitsCell.textContent()).toBe("0");
    expect(await page.locator("[data-updated] time").textContent()).toBe("12:00 ngày 13/06/2024");

    suite.server.setNow(new Date("2024-06-13T12:01:00+07:00"));
    const put = await suite.server.request(`/api/communes/${commune.code}/days/2024-06-13/visits`, {
      method: "PUT",
      token: TEST_ADMIN_TOKEN,
      json: { visits: 41 },
    });
    expect(put.status).toBe(200);
    // What the minute's timer does, now: the page reads itself again and swaps in the live parts.
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    // A locator, not waitForFunction: the page's CSP forbids eval, which a polled string predicate needs.
    await page
      .locator("[data-updated] time")
      .filter({ hasText: /^12:01/ })
      .waitFor();
    expect(await visitsCell.textContent()).toBe("41");
    suite.server.setNow(new Date("2024-06-13T12:00:00+07:00"));
  });
});
