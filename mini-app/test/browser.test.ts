import type { BrowserContext, Page } from "playwright-core";
import { maybeScreenshot } from "./support/browser";
import { usePhoneSession } from "./support/phone-session";
import { storedResponses as storedDb, type BotTestServer } from "./support/server";
import { serveAsZaloHost } from "./support/zalo-host";
import { answer, answerWholeSurvey } from "./support/survey-driver";

// The real bot server (PostgreSQL, /api, the built app at /app/) driven by Debian's Chromium.
jest.setTimeout(180_000); // a hang guard: building the Mini App and starting Chromium on a loaded machine takes minutes

let server: BotTestServer;
let context: BrowserContext;
let page: Page;

const storedResponses = (communeCode: string) => storedDb(server, communeCode);

async function openApp(communeCode: string | null): Promise<void> {
  const query = communeCode === null ? "" : `?commune=${communeCode}&utm_source=zalo-qr`;
  await page.goto(`${server.url}/app/${query}`);
}

usePhoneSession((phone) => ({ server, context, page } = phone));

describe("the Mini App against the real server", () => {
  it("when a resident answers the whole survey and double-taps “Gửi phiếu”, it is stored once and thanked", async () => {
    await openApp("07201");
    await page.getByText("Phường Thọ Xương, Thành phố Bắc Giang").waitFor();
    await page.getByRole("heading", { name: "Khảo sát ý kiến người dân về Chủ tịch UBND phường" }).waitFor();
    await maybeScreenshot(page, "1-welcome");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answer(page, /Trong 12 tháng qua/, "Đã gặp, làm việc trực tiếp");
    await maybeScreenshot(page, "2-questions");
    await answerWholeSurvey(page);
    await maybeScreenshot(page, "3-review");
    await page.getByRole("button", { name: "Gửi phiếu" }).dblclick(); // older hands double-tap
    await page.getByRole("heading", { name: /Cảm ơn/ }).waitFor();
    await maybeScreenshot(page, "4-thanks");

    const rows = await storedResponses("07201");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toMatchObject({
      B1: 1,
      B2: [1, 4],
      C1: 5,
      E3: [2],
      E4: "Cán bộ nhiệt tình, chu đáo.",
    });
  });

  it("when the connection drops while sending, it says it will resend, and the response is stored exactly once", async () => {
    await openApp("07204");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answerWholeSurvey(page);
    // The first POST reaches the server but its answer is lost on the way back; the next ones fail outright.
    let posts = 0;
    await page.route("**/api/responses", async (route) => {
      posts += 1;
      if (posts === 1) await route.fetch();
      await route.abort("internetdisconnected");
    });
    await page.getByRole("button", { name: "Gửi phiếu" }).click();
    await page.getByRole("heading", { name: /đang chờ gửi/ }).waitFor();
    await maybeScreenshot(page, "5-waiting");
    expect(await storedResponses("07204")).toHaveLength(1);

    await page.unroute("**/api/responses");
    await context.setOffline(true);
    await context.setOffline(false); // the browser's "online" event makes the app retry at once
    await page.getByRole("heading", { name: /Cảm ơn/ }).waitFor({ timeout: 15_000 });
    expect(await storedResponses("07204")).toHaveLength(1);
  });

  it("when the app is reloaded mid-survey, the answers are still there", async () => {
    await openApp("07207");
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answer(page, /Trong 12 tháng qua/, "Đã gặp, làm việc trực tiếp");
    await answer(page, /hình thức nào/, ["Họp thôn, tổ dân phố"]);
    await answer(page, /lịch tiếp công dân định kỳ/, "Không biết");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await answer(page, /thái độ giao tiếp/, "Bình thường");

    await page.reload();
    await page.getByRole("button", { name: "Tiếp tục trả lời" }).click();
    const attitude = page.getByRole("group", { name: /thái độ giao tiếp/ });
    expect(await attitude.getByRole("radio", { name: "Bình thường", exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Quay lại" }).click();
    const ways = page.getByRole("group", { name: /hình thức nào/ });
    expect(await ways.getByRole("checkbox", { name: "Họp thôn, tổ dân phố" }).isChecked()).toBe(true);
    expect(await storedResponses("07207")).toHaveLength(0);

    // Reopened from Zalo's recent apps, without the QR link's parameter: the same commune, the same answers.
    await openApp(null);
    await page.getByText("Phường Ngô Quyền, Thành phố Bắc Giang").waitFor();
    await page.getByRole("button", { name: "Tiếp tục trả lời" }).click();
    expect(await ways.getByRole("checkbox", { name: "Họp thôn, tổ dân phố" }).isChecked()).toBe(true);
  });

  it("when the commune in the link is unknown or missing, it says to scan the QR code again", async () => {
    await openApp("99999");
    await page.getByRole("heading", { name: "Không tìm thấy xã/phường" }).waitFor();
    expect(await page.getByText(/quét lại mã QR/).isVisible()).toBe(true);

    await openApp(null);
    await page.getByRole("heading", { name: "Chưa rõ xã/phường của ông/bà" }).waitFor();
    expect(await page.getByText(/quét lại mã QR/).isVisible()).toBe(true);
  });

  it("when the survey is not open yet or is over, it says when it runs instead of asking", async () => {
    try {
      server.setNow(new Date("2024-06-10T03:00:00Z"));
      await openApp("07210");
      await page.getByRole("heading", { name: "Chưa đến thời gian khảo sát" }).waitFor();
      expect(await page.getByText("từ ngày 12/06/2024 đến hết ngày 14/06/2024").isVisible()).toBe(true);

      server.setNow(new Date("2024-06-15T03:00:00Z"));
      await openApp("07210");
      await page.getByRole("heading", { name: "Đợt khảo sát đã kết thúc" }).waitFor();
      expect(await page.getByRole("button", { name: /Bắt đầu/ }).count()).toBe(0);
    } finally {
      server.setNow(new Date("2024-06-12T03:00:00Z"));
    }
  });

  it("when served under /zapps/<APP_ID>/ like inside Zalo, the same build routes with the browser router", async () => {
    await serveAsZaloHost(page, server.url, "1234567890");
    await page.goto(`${server.url}/zapps/1234567890/?commune=07213&utm_source=zalo-qr`);
    await page.getByText("Phường Trần Phú, Thành phố Bắc Giang").waitFor();
    await page.getByRole("button", { name: "Bắt đầu trả lời" }).click();
    await answer(page, /Trong 12 tháng qua/, "Chưa gặp, không biết");
    expect(new URL(page.url()).pathname).toBe("/zapps/1234567890/questions/1");
  });
});
