import type { Page } from "playwright-core";
import { usePhoneSession } from "./support/phone-session";
import { storedResponses, type BotTestServer } from "./support/server";
import { answer, answerWholeSurvey } from "./support/survey-driver";
import { serveAsZaloHost } from "./support/zalo-host";

// What older residents do with a cheap phone, against the real server: double taps, a second visit, corrections.
jest.setTimeout(180_000); // a hang guard: building the Mini App and starting Chromium on a loaded machine takes minutes

let server: BotTestServer;
let page: Page;

async function openApp(communeCode: string): Promise<void> {
  await page.goto(`${server.url}/app/?commune=${communeCode}&utm_source=zalo-qr`);
}

/** Two taps on the same spot of the screen, the way an unsure finger does, quicker than a page settles. */
async function doubleTap(name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  await button.scrollIntoViewIfNeeded();
  await page.getByRole("button", { name, exact: true }).click({ trial: true }); // wait until it takes taps
  const box = await button.boundingBox();
  if (!box) throw new Error(`${name} is not on the screen`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.touchscreen.tap(x, y);
  await page.waitForTimeout(250);
  await page.touchscreen.tap(x, y);
}

usePhoneSession((phone) => ({ server, page } = phone));

describe("a resident on a phone", () => {
  it("when a double tap on “Tiếp tục” lands on the next page, it answers nothing there", async () => {
    await openApp("07201");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answer(page, /Trong 12 tháng qua/, "Chưa gặp, không biết");
    await answer(page, /lịch tiếp công dân định kỳ/, "Không biết");
    await doubleTap("Tiếp tục");
    await page.getByText("Trang 2/10").waitFor();
    await page.waitForTimeout(300); // the second tap's click has long been handled
    expect(await page.locator("input:checked").count()).toBe(0);
  });

  it("when a double tap on the last “Tiếp tục” lands on the review, nothing is sent until “Gửi phiếu”", async () => {
    let posts = 0;
    page.on("request", (request) => void (request.method() === "POST" && (posts += 1)));
    await openApp("07204");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answerWholeSurvey(page, undefined, { untilLastPage: true });
    await doubleTap("Tiếp tục");
    await page.getByRole("heading", { name: "Xem lại câu trả lời" }).waitFor();
    await page.waitForTimeout(300);
    expect(posts).toBe(0);
    expect(await page.getByRole("heading", { name: "Xem lại câu trả lời" }).isVisible()).toBe(true);
    expect(await storedResponses(server, "07204")).toHaveLength(0);
  });

  it("when a correction is made from the review, “Tiếp tục” brings the resident straight back to it", async () => {
    await openApp("07207");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answerWholeSurvey(page);
    await page.getByRole("button", { name: "Sửa câu 1–3" }).click();
    await answer(page, /lịch tiếp công dân định kỳ/, "Không biết");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await page.getByRole("heading", { name: "Xem lại câu trả lời" }).waitFor();
    const b3 = page.getByRole("term").filter({ hasText: /lịch tiếp công dân định kỳ/ });
    expect(await b3.locator("xpath=following-sibling::dd[1]").textContent()).toBe("Không biết");

    await page.getByRole("button", { name: "Gửi phiếu" }).click();
    await page.getByRole("heading", { name: /Cảm ơn/ }).waitFor();
    expect((await storedResponses(server, "07207"))[0]?.answers).toMatchObject({ B1: 1, B3: 3 });
  });

  it("when this phone has already answered for the commune, reopening says so instead of asking again", async () => {
    await openApp("07210");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answerWholeSurvey(page);
    await page.getByRole("button", { name: "Gửi phiếu" }).click();
    await page.getByRole("heading", { name: /Cảm ơn/ }).waitFor();

    await openApp("07210");
    await page.getByRole("heading", { name: "Cảm ơn ông/bà đã tham gia khảo sát!" }).waitFor();
    expect(await page.getByText("Mỗi người chỉ trả lời phiếu một lần.").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /trả lời/ }).count()).toBe(0);
    expect(await storedResponses(server, "07210")).toHaveLength(1);
  });

  it("while the app's files are still coming over a weak connection, the screen already says it is opening", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/app/assets/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/app/?commune=07213`, { waitUntil: "commit" });
    await page.getByText("Đang mở phiếu khảo sát, xin chờ trong giây lát…").waitFor();
    release();
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).waitFor();
    expect(await page.getByText("Đang mở phiếu khảo sát").count()).toBe(0);
  });

  it("inside Zalo, while zmp-sdk is still coming, the app already says the survey is loading", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await serveAsZaloHost(page, server.url, "1234567890");
    await page.route("**/assets/apis.*.js", async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`${server.url}/zapps/1234567890/?commune=07216&utm_source=zalo-qr`);
    await page.getByText("Đang tải phiếu khảo sát…").waitFor();
    release();
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).waitFor();
  });
});
