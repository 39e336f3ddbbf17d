import { runCli } from "../../src/cli";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { cliEnvOf, deliver, registrationText } from "./group-test-kit";

const basic = (password: string) => `Basic ${Buffer.from(`canbo:${password}`).toString("base64")}`;

describe("the console group (no Zalo configured)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const page = (password = TEST_ADMIN_TOKEN) =>
    server.request("/group", { headers: { authorization: basic(password) } });
  const postAs = (member: string, fields: Record<string, string>) =>
    server.request("/group/messages", {
      method: "POST",
      redirect: "manual",
      headers: {
        authorization: basic(TEST_ADMIN_TOKEN),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ member, ...fields }).toString(),
    });
  const groupMessages = async () => {
    const res = await server.request("/api/admin/group-messages", { token: TEST_ADMIN_TOKEN });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      mode: string;
      messages: { author: string; fromBot: boolean; text: string | null }[];
    };
  };

  it("receives a job run by hand, visible as JSON and on the page", async () => {
    const run = await server.request("/api/admin/jobs/morning-reminder/run", {
      method: "POST",
      json: { date: "2024-06-12" },
      token: TEST_ADMIN_TOKEN,
    });
    expect(await run.json()).toMatchObject({ status: "posted", messages: 1 });
    expect(await deliver(server)).toEqual({ sent: 1, failed: 0 });
    const { mode, messages } = await groupMessages();
    expect(mode).toBe("console");
    expect(messages.at(-1)).toMatchObject({
      author: "Bot PKS02",
      fromBot: true,
      text: expect.stringContaining("☀️ Chào buổi sáng!"),
    });
    const html = await (await page()).text();
    expect(html).toContain("Chào buổi sáng! Hôm nay là ngày 12/06/2024 (ngày 1/3)");
    expect(html).toContain('<meta name="viewport"');
  });

  it("asks for the admin token before showing the page", async () => {
    const anonymous = await server.request("/group");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect((await page("wrong-password")).status).toBe(401);
    expect((await server.request("/api/admin/group-messages")).status).toBe(401);
  });

  it("lets a person post as a test member through the same handlers as a webhook event", async () => {
    const register = await registrationText(server, "07222");
    const posted = await postAs("console-member-1", { action: "text", text: register });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toBe("/group?member=console-member-1");
    const photo = await postAs("console-member-1", { action: "photo", text: "" });
    expect(photo.status).toBe(303);
    const { messages } = await groupMessages();
    expect(messages.slice(-4).map((m) => [m.author, m.text])).toEqual([
      ["Thành viên thử 1", register],
      ["Bot PKS02", expect.stringContaining("thành viên tổ công tác Xã Song Mai")],
      ["Thành viên thử 1", null],
      ["Bot PKS02", "📷 Đã nhận ảnh báo cáo của Xã Song Mai ngày 12/06/2024."],
    ]);
    const html = await (await page()).text();
    expect(html).toContain('<img src="/group/sample-photo.svg" alt="Ảnh">');
  });

  it("opens at the latest messages and shows what each test member registered for", async () => {
    const register = await registrationText(server, "213");
    await postAs("console-member-2", { action: "text", text: register });
    const html = await (await page()).text();
    expect(html).toContain('<option value="console-member-1">Thành viên thử 1: Xã Song Mai</option>');
    expect(html).toContain(
      '<option value="console-member-2">Thành viên thử 2: Ban Chỉ đạo Thành phố Bắc Giang</option>',
    );
    expect(html).toContain('<option value="console-member-3">Thành viên thử 3: chưa đăng ký</option>');
    // The list is a column-reverse scroller (browsers open it at its end), so the newest message comes first.
    const reply = html.indexOf("thành viên Ban Chỉ đạo Thành phố Bắc Giang (16 xã");
    const question = html.indexOf(register);
    expect(reply).toBeGreaterThan(0);
    expect(reply).toBeLessThan(question);
    expect(html).toContain("flex-direction:column-reverse");
  });

  it("escapes what members type and refuses unknown members and cross-site posts", async () => {
    await postAs("console-member-2", { action: "text", text: "<script>alert(1)</script>" });
    const html = await (await page()).text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    expect((await postAs("someone-else", { action: "text", text: "hi" })).status).toBe(400);
    const crossSite = await server.request("/group/messages", {
      method: "POST",
      headers: {
        authorization: basic(TEST_ADMIN_TOKEN),
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "cross-site",
      },
      body: "member=console-member-1&action=text&text=%2Fhuongdan",
    });
    expect(crossSite.status).toBe(403);
  });

  it("runs a job from the CLI once per date, and again only with --force", async () => {
    const env = cliEnvOf(server);
    const output: string[] = [];
    const io = { out: (l: string) => output.push(l), err: (l: string) => output.push(`ERR ${l}`) };
    expect(await runCli(["afternoon-check", "--date", "2024-06-13"], io, env)).toBe(0);
    expect(await runCli(["afternoon-check", "--date", "2024-06-13"], io, env)).toBe(0);
    expect(await runCli(["afternoon-check", "--date", "2024-06-13", "--force"], io, env)).toBe(0);
    expect(await runCli(["afternoon-check", "--date", "2024-06-20"], io, env)).toBe(1);
    expect(await runCli(["weekly", "--date", "2024-06-13"], io, env)).toBe(2);
    const morningOf14th = () => new Date("2024-06-14T00:30:00Z"); // 07:30 in Vietnam
    expect(await runCli(["morning-reminder"], io, env, morningOf14th)).toBe(0);
    expect(output[0]).toMatch(
      /^Đã chạy afternoon-check ngày 13\/06\/2024: \d+ tin nhắn gửi vào nhóm \(lần chạy #\d+\)\.$/,
    );
    expect(output[1]).toBe(
      "afternoon-check ngày 13/06/2024 đã chạy trước đó nên không đăng lại. Thêm --force để đăng lại.",
    );
    expect(output[2]).toMatch(/^Đã chạy afternoon-check/);
    expect(output[3]).toBe(
      "ERR Ngày 20/06/2024 không nằm trong thời gian khảo sát (12/06/2024 – 14/06/2024); " +
        "afternoon-check chỉ chạy cho ngày khảo sát.",
    );
    expect(output[4]).toBe('ERR Không có việc "weekly".');
    expect(output[5]).toMatch(/^ERR Cách dùng: npm run jobs -- <việc> \[--date YYYY-MM-DD\] \[--force\]\n/);
    expect(output[6]).toMatch(/^Đã chạy morning-reminder ngày 14\/06\/2024: 1 tin nhắn gửi vào nhóm/);
    const { messages } = await groupMessages();
    expect(messages.filter((m) => m.text?.includes("Kiểm tra ngày 13/06/2024"))).toHaveLength(2);
  });
});
