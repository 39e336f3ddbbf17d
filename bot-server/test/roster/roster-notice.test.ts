import { communeDeepLink, communesOfDistrict, ZRosterAnnouncement } from "@pks02/shared";
import { startTestServer, TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { DISTRICT_213_TOKEN, DISTRICT_ENV, DONG_TIEN, SONG_MAI } from "../intake/intake-fixtures";
import { buildRosterWorkbook, helperRow, putRoster, readNoticePdf } from "./roster-kit";

const MINI_APP_ID = "3423472366583461276";

describe("the printable notice per unit (GET /api/roster/notice.pdf) and the loudspeaker text", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ...DISTRICT_ENV, ZALO_MINI_APP_ID: MINI_APP_ID } });
    const upload = await buildRosterWorkbook(
      [
        helperRow(SONG_MAI, "12/06/2024", "Sáng", "Nguyễn Văn An"),
        helperRow(SONG_MAI, "13/06/2024", "Chiều", "Trần Thị Bình"),
      ],
      [["Phạm Thị Dung", "Phó Chủ tịch", "UBND Thành phố Bắc Giang", "213", ""]],
    );
    expect((await putRoster(server, upload, TEST_ADMIN_TOKEN)).status).toBe(200);
  }, 30_000);
  afterAll(async () => {
    await server.close();
  });

  it("prints one A4 page per unit of the district, with its helpers and a QR code of its link", async () => {
    const response = await server.request("/api/roster/notice.pdf", { token: DISTRICT_213_TOKEN });
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { pages, qrCodes } = await readNoticePdf(Buffer.from(await response.arrayBuffer()));
    const communes = communesOfDistrict("213");
    expect(pages).toHaveLength(communes.length);
    expect(pages.map((page, i) => page.includes(communes[i]!.name))).toEqual(communes.map(() => true));
    expect(qrCodes).toEqual(communes.map((c) => communeDeepLink(MINI_APP_ID, c.code)));
    const songMai = pages[communes.findIndex((c) => c.code === SONG_MAI)]!;
    expect(songMai).toContain("Sáng: Nguyễn Văn An – Hội viên CCB (Hội Cựu chiến binh)");
    expect(songMai).toContain("Chiều: Trần Thị Bình");
    expect(songMai).toContain("Phạm Thị Dung – Phó Chủ tịch");
    expect(pages.filter((page) => page.includes("Chưa có lịch người hỗ trợ."))).toHaveLength(
      communes.length - 1,
    );
  }, 60_000);

  it("gives the loudspeaker text naming the days and who helps", async () => {
    const response = await server.request(`/api/roster/announcement?commune=${SONG_MAI}`, {
      token: DISTRICT_213_TOKEN,
    });
    const { text } = ZRosterAnnouncement.parse(await response.json());
    expect(text).toContain("từ ngày 12/06/2024 đến hết ngày 14/06/2024");
    expect(text).toContain("Ngày 12/06/2024: sáng Nguyễn Văn An.");
    expect(text).toContain(communeDeepLink(MINI_APP_ID, SONG_MAI));
  });

  it("does not let a district token print another district's notice", async () => {
    const response = await server.request(`/api/roster/notice.pdf?commune=${DONG_TIEN}`, {
      token: DISTRICT_213_TOKEN,
    });
    expect(response.status).toBe(403);
  });
});
