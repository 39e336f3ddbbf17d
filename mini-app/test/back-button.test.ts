import type { Page } from "playwright-core";
import { usePhoneSession } from "./support/phone-session";
import type { BotTestServer } from "./support/server";
import { answer, answerWholeSurvey, FULL_SURVEY, slideOver } from "./support/survey-driver";
import { serveAsZaloHost } from "./support/zalo-host";

// Android's Back button (the browser's Back here) on pages of questions, with both routers the app uses:
// the memory router at /app/ on the bot server, and the browser router under /zapps/<APP_ID>/ as inside Zalo.
jest.setTimeout(90_000);

let server: BotTestServer;
let page: Page;

const APP_ID = "1234567890";

usePhoneSession((phone) => ({ server, page } = phone));

async function pageShown(n: number): Promise<void> {
  await page.getByText(new RegExp(`^Trang ${n}/\\d+$`)).waitFor();
  await slideOver(page);
}
const checked = (question: RegExp, option: string) =>
  page.getByRole("group", { name: question }).getByRole("radio", { name: option, exact: true }).isChecked();

/** Answer the questions shown on this page as FULL_SURVEY does, then "Tiếp tục". */
async function answerPageAndGoOn(): Promise<void> {
  for (const [question, option] of FULL_SURVEY)
    if (await page.getByRole("group", { name: question }).isVisible()) await answer(page, question, option);
  await page.getByRole("button", { name: "Tiếp tục" }).click({ trial: true }); // wait until it takes taps
  await page.getByRole("button", { name: "Tiếp tục" }).click();
}

/** Press the phone's Back button: the browser's history goes back one entry. */
async function pressBack(): Promise<void> {
  await page.goBack({ waitUntil: "commit" });
}

async function backFromPage3ToGreeting(): Promise<void> {
  await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
  // The greeting takes a tap as soon as it is drawn, maybe before the questions' screen has arrived (a loading
  // screen shows meanwhile): look at page 1 once it is there.
  await pageShown(1);
  await answerPageAndGoOn();
  await pageShown(2);
  await answerPageAndGoOn();
  await pageShown(3);

  await pressBack();
  await pageShown(2);
  expect(await checked(/thái độ giao tiếp/, "Rất hài lòng")).toBe(true);
  expect(await checked(/lắng nghe, tiếp thu/, "Hài lòng")).toBe(true);
  await pressBack();
  await pageShown(1);
  expect(await checked(/Trong 12 tháng qua/, "Đã gặp, làm việc trực tiếp")).toBe(true);
  await pressBack();
  await page
    .getByRole("button", { name: "Tiếp tục trả lời" })
    .or(page.getByText("Bắt đầu trả lời"))
    .waitFor();
}

describe("the Back button on a phone", () => {
  it("when Back is pressed on page 3 (memory router at /app/), page 2 shows with its answers, then page 1, then the greeting", async () => {
    await page.goto(`${server.url}/app/?commune=07201&utm_source=zalo-qr`);
    await backFromPage3ToGreeting();
  });

  it("when Back is pressed on the review, the last page of questions shows with its answers, and “Quay lại” agrees", async () => {
    await page.goto(`${server.url}/app/?commune=07204&utm_source=zalo-qr`);
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answerWholeSurvey(page);
    await pressBack();
    await page.getByText(/^Trang (\d+)\/\1$/).waitFor();
    await slideOver(page);
    expect(await checked(/người khác hỗ trợ/, "Tự trả lời, không cần hỗ trợ")).toBe(true);
    await page.getByRole("button", { name: "Quay lại" }).click({ trial: true });
    await page.getByRole("button", { name: "Quay lại" }).click();
    await pageShown(9); // the page before the last
    await pressBack(); // the browser's history moved with "Quay lại": one more page back, not the last page
    await pageShown(8);
  });

  it("when Back is pressed on page 3 under /zapps/<APP_ID>/ (browser router, as inside Zalo), page 2 shows with its answers", async () => {
    await serveAsZaloHost(page, server.url, APP_ID);
    await page.goto(`${server.url}/zapps/${APP_ID}/?commune=07207&utm_source=zalo-qr`);
    await backFromPage3ToGreeting();
    expect(new URL(page.url()).pathname).toBe(`/zapps/${APP_ID}/`);
  });
});
