import type { Page } from "playwright-core";

/** One choice per question, by the words on the screen, in the order the pages show them. */
export const FULL_SURVEY: Array<[question: RegExp, option: string | string[]]> = [
  [/Trong 12 tháng qua/, "Đã gặp, làm việc trực tiếp"],
  [/hình thức nào/, ["Buổi tiếp công dân định kỳ", "Giải quyết hồ sơ thủ tục hành chính"]],
  [/lịch tiếp công dân định kỳ/, "Có, biết rõ"],
  [/thái độ giao tiếp/, "Rất hài lòng"],
  [/lắng nghe, tiếp thu/, "Hài lòng"],
  [/trực tiếp tiếp công dân, đối thoại/, "Hài lòng"],
  [/Kiến nghị, phản ánh, khiếu nại/, "Bình thường"],
  [/thông báo kịp thời/, "Rất hài lòng"],
  [/bộ phận một cửa giải quyết/, "Hài lòng"],
  [/công khai, minh bạch/, "Không rõ / không có ý kiến"],
  [/gương mẫu/, "Hài lòng"],
  [/đạo đức, lối sống/, "Rất hài lòng"],
  [/năng lực điều hành/, "Hài lòng"],
  [/trả thêm chi phí/, "Không"],
  [/Nhìn chung/, "Hài lòng"],
  [/chính quyền thân thiện/, "Đã thân thiện"],
  [/ưu tiên cải thiện/, ["Năng lực giải quyết công việc của cán bộ, công chức"]],
  [/Giới tính/, "Nữ"],
  [/Độ tuổi/, "50-60 tuổi"],
  [/Nghề nghiệp/, "Nông dân, sản xuất nông nghiệp"],
  [/Lĩnh vực thủ tục hành chính/, "Hộ tịch"],
  [/trả lời phiếu này ở đâu/, "Tại bộ phận tiếp nhận và trả kết quả (một cửa)"],
  [/người khác hỗ trợ/, "Tự trả lời, không cần hỗ trợ"],
];

/** Answer one question by its accessible name. */
export async function answer(page: Page, question: RegExp, option: string | string[]): Promise<void> {
  const group = page.getByRole("group", { name: question });
  if (Array.isArray(option)) {
    for (const name of option) await group.getByRole("checkbox", { name, exact: true }).check();
  } else {
    await group.getByRole("radio", { name: option, exact: true }).check();
  }
}

/**
 * Wait until the slide between two screens is over: each page of questions is its own route, and during the
 * slide the page leaving is still on the screen (with its own "Tiếp tục").
 */
export async function slideOver(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll(".zaui-routes-item").length <= 1);
}

/**
 * Answer every visible question on each page and press "Tiếp tục" until the review shows, or with
 * `untilLastPage`, answer up to the last page and leave its "Tiếp tục" to the test.
 */
export async function answerWholeSurvey(
  page: Page,
  opinion = "Cán bộ nhiệt tình, chu đáo.",
  { untilLastPage = false } = {},
): Promise<void> {
  const remaining = [...FULL_SURVEY];
  for (let pageCount = 0; pageCount < 20; pageCount++) {
    await slideOver(page);
    if (await page.getByRole("heading", { name: "Xem lại câu trả lời" }).isVisible()) return;
    for (const [question, option] of [...remaining]) {
      if (await page.getByRole("group", { name: question }).isVisible()) {
        await answer(page, question, option);
        remaining.splice(remaining.indexOf(remaining.find(([q]) => q === question)!), 1);
      }
    }
    const opinionBox = page.getByRole("textbox", { name: /Ý kiến, kiến nghị khác/ });
    if (await opinionBox.isVisible()) await opinionBox.fill(opinion);
    if (untilLastPage && (await page.getByText(/^Trang (\d+)\/\1$/).isVisible())) return;
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.waitForTimeout(50);
    await slideOver(page);
  }
  throw new Error("the review never showed");
}
