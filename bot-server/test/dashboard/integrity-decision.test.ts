import { ZResultsReport, type ResultsReport } from "@pks02/shared";
import {
  FLAGGED,
  TEST_ADMIN_TOKEN,
  TOKEN_213,
  seedFlaggedDay,
  staffPage,
  useDashboardSuite,
} from "./dashboard-kit";

jest.setTimeout(90_000);

describe("the commune page's decision form (admin decides a flagged commune-day; district staff only see it)", () => {
  const suite = useDashboardSuite();
  const path = `/dashboard/xa/${FLAGGED.communeCode}`;
  beforeAll(async () => {
    await seedFlaggedDay(suite.server);
  });
  const results = async (): Promise<ResultsReport> => {
    const response = await suite.server.request("/api/reports/results", { token: TEST_ADMIN_TOKEN });
    expect(response.status).toBe(200);
    return ZResultsReport.parse(await response.json());
  };
  const responsesOf = (report: ResultsReport, code: string) =>
    report.communes.find((c) => c.code === code)!.figures.responses;

  it("an admin excludes the day through the form: confirmed in Vietnamese, and the results count exactly its forms fewer", async () => {
    const before = await results();
    expect(responsesOf(before, FLAGGED.communeCode)).toBe(FLAGGED.responses);
    const page = await staffPage(suite, TEST_ADMIN_TOKEN);
    await page.goto(path);
    const day = page.locator(`#xem-xet-${FLAGGED.date}`);
    expect(await day.textContent()).toContain("cần xem xét: 12 phiếu trong 5 phút");
    const form = day.getByRole("group", { name: "Quyết định cho ngày 12/06/2024" });

    // A note of spaces passes the browser's check but not ours: refused, in Vietnamese, nothing changed.
    await form.getByLabel("loại khỏi kết quả").check();
    await day.getByLabel("Ghi chú lý do (bắt buộc)").fill("   ");
    await day.getByRole("button", { name: /Lưu quyết định/ }).click();
    await page.waitForLoadState("load");
    expect(await page.getByRole("alert").textContent()).toContain("Chưa lưu: cần chọn");
    expect((await results()).communes).toEqual(before.communes);

    const note = "Đã gọi điện: 12 phiếu do một cán bộ nhập liền nhau";
    await page.locator(`#xem-xet-${FLAGGED.date}`).getByLabel("loại khỏi kết quả").check();
    await page.locator(`#xem-xet-${FLAGGED.date}`).getByLabel("Ghi chú lý do (bắt buộc)").fill(note);
    await page
      .locator(`#xem-xet-${FLAGGED.date}`)
      .getByRole("button", { name: /Lưu quyết định/ })
      .click();
    await page.waitForURL(/\?xem-xet=2024-06-12/);
    expect(await page.getByRole("status").filter({ hasText: "Đã lưu" }).textContent()).toContain(
      "Đã lưu quyết định ngày 12/06/2024: loại khỏi kết quả. 12 phiếu của ngày này không được tính vào kết quả.",
    );
    expect(await page.locator(`#xem-xet-${FLAGGED.date} strong`).textContent()).toBe("loại khỏi kết quả");

    const after = await results();
    expect(responsesOf(after, FLAGGED.communeCode)).toBe(0);
    expect(after.province.pooled.responses).toBe(before.province.pooled.responses - FLAGGED.responses);
    for (const c of after.communes.filter((c) => c.code !== FLAGGED.communeCode))
      expect(c.figures).toEqual(before.communes.find((b) => b.code === c.code)!.figures);
    expect(after.integrity.excludedCommuneDays).toMatchObject([
      { communeCode: FLAGGED.communeCode, date: FLAGGED.date, responses: FLAGGED.responses, note },
    ]);
    await page.context().close();
  });

  it("a post without this session's token is refused and changes nothing", async () => {
    const page = await staffPage(suite, TEST_ADMIN_TOKEN);
    const response = await page.request.post(`${path}/xem-xet`, {
      form: { _csrf: "not-ours", ngay: FLAGGED.date, "quyet-dinh": "valid", "ghi-chu": "giả mạo" },
    });
    expect(response.status()).toBe(403);
    await page.goto(path);
    expect(await page.locator(`#xem-xet-${FLAGGED.date} strong`).textContent()).toBe("loại khỏi kết quả");
    await page.context().close();
  });

  it("district staff see the decision read-only, and their post is refused", async () => {
    const page = await staffPage(suite, TOKEN_213);
    await page.goto(path);
    const section = page.locator("#xem-xet-khoi");
    expect(await section.textContent()).toContain(
      "Quyết định xem xét do quản trị tỉnh đưa ra; ở đây chỉ xem.",
    );
    expect(await section.locator(`#xem-xet-${FLAGGED.date} strong`).textContent()).toBe("loại khỏi kết quả");
    expect(await section.locator("form").count()).toBe(0);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const response = await page.request.post(`${path}/xem-xet`, {
      form: { _csrf: csrf, ngay: FLAGGED.date, "quyet-dinh": "valid", "ghi-chu": "Huyện thấy hợp lệ" },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Chỉ mã truy cập quản trị");
    await page.context().close();
  });
});
