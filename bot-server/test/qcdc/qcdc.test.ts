import { sql } from "drizzle-orm";
import {
  QCDC_COLUMNS,
  communesOfDistrict,
  findCommune,
  findDistrict,
  futureDateText,
  notInDistrictText,
  notYourCommuneText,
} from "@pks02/shared";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN, type TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { deliver, registrationText, say, startZaloTestServer } from "../group-bot/group-test-kit";
import {
  DISTRICT_213_TOKEN,
  DONG_TIEN,
  SONG_MAI,
  THO_XUONG,
  insertStoredResponses,
} from "../intake/intake-fixtures";
import { buildRosterWorkbook, helperRow, putRoster, readWorkbookText } from "../roster/roster-kit";

const SONG_MAI_MEMBER = "5510185758261927931";
const CITY_STEERING = "5510185758261927932";
const DAY = "2024-06-12";
const NGO_QUYEN = "07210";

/** The QCDC figures straight from the tables: each commune's reported count and helpers, and its responses. */
async function storedFigures(server: TestServer, communeCode: string) {
  const db = server.context.db;
  const [visit] = await queryRows<{
    visits: number;
    helpers: { name: string; role: string; unit?: string }[];
  }>(
    db,
    sql`SELECT visits, helpers FROM commune_day_visits WHERE commune_code = ${communeCode} AND survey_day = ${DAY}::date`,
  );
  const roster = await queryRows<{ name: string; role: string; unit: string }>(
    db,
    sql`SELECT name, role, unit FROM roster_helpers WHERE commune_code = ${communeCode} AND survey_day = ${DAY}::date ORDER BY row_order`,
  );
  const [{ n }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM responses WHERE commune_code = ${communeCode} AND survey_day = ${DAY}::date`,
  )) as [{ n: number }];
  const helpers = visit && visit.helpers.length > 0 ? visit.helpers : roster;
  return {
    helpers: helpers.map((h) => [h.name, h.role, h.unit].filter(Boolean).join(", ")).join("; "),
    visits: visit ? String(visit.visits) : "",
    responses: String(n),
  };
}

describe("the daily figures for the province's QCDC software", () => {
  let server: TestServer;
  let fake: FakeZaloServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    // A district token to check the export's scope; 10:00 on 12/06/2024, the first survey day.
    server = await startZaloTestServer(fake, { env: { DISTRICT_TOKENS: `213:${DISTRICT_213_TOKEN}` } });
    const roster = await buildRosterWorkbook([
      helperRow(SONG_MAI, "12/06/2024", "Sáng", "Nguyễn Văn An"),
      helperRow(THO_XUONG, "12/06/2024", "Cả ngày", "Trần Thị Bình"),
      helperRow(NGO_QUYEN, "12/06/2024", "Chiều", "Lê Văn Cường"),
    ]);
    expect((await putRoster(server, roster, TEST_ADMIN_TOKEN)).status).toBe(200);
    const visits = (code: string, body: unknown) =>
      server.request(`/api/communes/${code}/days/${DAY}/visits`, {
        method: "PUT",
        token: TEST_ADMIN_TOKEN,
        json: body,
      });
    await visits(SONG_MAI, {
      visits: 20,
      helpers: [{ name: "Phạm Văn Dũng", role: "Đoàn viên", unit: "Xã đoàn" }],
    });
    await visits(THO_XUONG, { visits: 12 }); // helpers from the roster
    await insertStoredResponses(server.context.db, SONG_MAI, DAY, 7);
    await insertStoredResponses(server.context.db, NGO_QUYEN, DAY, 3);
    await say(server, fake, SONG_MAI_MEMBER, await registrationText(server, SONG_MAI));
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("lists every commune of the district for the day, in the form's columns, equal to what is stored", async () => {
    const response = await server.request(`/api/reports/qcdc.xlsx?date=${DAY}`, {
      token: DISTRICT_213_TOKEN,
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = (await readWorkbookText(await response.arrayBuffer()))["QCDC"]!;
    expect(header).toEqual([...QCDC_COLUMNS]);
    const communes = communesOfDistrict("213");
    expect(rows.map((r) => r[0])).toEqual(communes.map((c) => c.name));
    const expected = await Promise.all(
      communes.map(async (c) => {
        const stored = await storedFigures(server, c.code);
        return [c.name, stored.helpers, "12/06/2024", stored.visits, stored.responses];
      }),
    );
    expect(rows.map((r) => [...r, "", "", "", "", ""].slice(0, 5))).toEqual(expected);
    const songMai = rows[communes.findIndex((c) => c.code === SONG_MAI)]!;
    expect(songMai).toEqual(["Xã Song Mai", "Phạm Văn Dũng, Đoàn viên, Xã đoàn", "12/06/2024", "20", "7"]);
  });

  it("refuses another district and a day outside the window", async () => {
    const other = await server.request(`/api/reports/qcdc.xlsx?district=215`, { token: DISTRICT_213_TOKEN });
    expect(other.status).toBe(403);
    const outside = await server.request(`/api/reports/qcdc.xlsx?date=2024-06-20`, {
      token: TEST_ADMIN_TOKEN,
    });
    expect(outside.status).toBe(400);
  });

  it("the evening post gives each district's communes their five fields", async () => {
    const before = fake.sent.length;
    const run = await server.request(`/api/admin/jobs/daily-summary/run`, {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      json: { date: DAY },
    });
    expect(run.status).toBe(200);
    await deliver(server);
    const qcdcPosts = fake
      .texts()
      .slice(before)
      .filter((t) => t.includes("Số liệu nhập phần mềm QCDC –"));
    const city = qcdcPosts.join("\n");
    expect(city).toContain(
      `1. ${QCDC_COLUMNS[0]}: Xã Song Mai\n2. ${QCDC_COLUMNS[1]}: Phạm Văn Dũng, Đoàn viên, Xã đoàn\n`,
    );
    expect(communesOfDistrict("213").every((c) => city.includes(`1. ${QCDC_COLUMNS[0]}: ${c.name}\n`))).toBe(
      true,
    );
    const headings = city
      .split("\n")
      .filter((l) => l.startsWith("📋 SỐ LIỆU NHẬP PHẦN MỀM QCDC NGÀY 12/06/2024 – "));
    expect(headings.filter((l) => !l.endsWith("(tiếp)"))).toHaveLength(10);
  });

  it("/qcdc gives the commune's five fields in the form's order", async () => {
    const [reply] = await say(server, fake, SONG_MAI_MEMBER, "/qcdc");
    expect(reply!.split("\n").slice(1)).toEqual([
      `1. ${QCDC_COLUMNS[0]}: Xã Song Mai`,
      `2. ${QCDC_COLUMNS[1]}: Phạm Văn Dũng, Đoàn viên, Xã đoàn`,
      `3. ${QCDC_COLUMNS[2]}: 12/06/2024`,
      `4. ${QCDC_COLUMNS[3]}: 20`,
      `5. ${QCDC_COLUMNS[4]}: 7`,
    ]);
    const [other] = await say(server, fake, SONG_MAI_MEMBER, `/qcdc ${DONG_TIEN}`);
    expect(other).not.toContain("1. ");
    expect(findCommune(DONG_TIEN)).toBeDefined();
  });

  it("/qcdc refuses another commune and a day not yet come in /luotden's words", async () => {
    const [other] = await say(server, fake, SONG_MAI_MEMBER, `/qcdc ${DONG_TIEN}`);
    expect(other).toBe(notYourCommuneText(findCommune(SONG_MAI)!, findCommune(DONG_TIEN)!));
    const [tomorrow] = await say(server, fake, SONG_MAI_MEMBER, "/qcdc 13/06");
    expect(tomorrow).toBe(futureDateText("2024-06-13"));
  });

  it("/qcdc from a district member gives every commune of the district, and refuses another district's", async () => {
    await say(server, fake, CITY_STEERING, await registrationText(server, "213"));
    const replies = await say(server, fake, CITY_STEERING, "/qcdc");
    const blocks = replies
      .join("\n")
      .split("\n")
      .filter((l) => l.startsWith("📋 Số liệu nhập phần mềm QCDC – "));
    expect(blocks).toHaveLength(communesOfDistrict("213").length);
    expect(replies[0]).toContain("THÀNH PHỐ BẮC GIANG");
    const [other] = await say(server, fake, CITY_STEERING, `/qcdc ${DONG_TIEN}`);
    expect(other).toBe(notInDistrictText(findDistrict("213")!, findCommune(DONG_TIEN)!));
  });
});
