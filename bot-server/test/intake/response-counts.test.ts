import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { TEST_ADMIN_TOKEN, startTestServer, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { SONG_MAI, THO_XUONG, insertStoredResponses, noonOf } from "./intake-fixtures";

// The progress report reads per-day counters that a trigger keeps; they must equal a count of the rows.
describe("response counters", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12") });
  });
  afterAll(async () => {
    await server.close();
  });

  const countersVersusRows = () =>
    queryRows<{ counted: number; actual: number }>(
      server.context.db,
      sql`SELECT c.survey_day::text AS day, c.commune_code, c.responses AS counted,
            (SELECT count(*)::int FROM responses r WHERE r.campaign_id = c.campaign_id
               AND r.survey_day = c.survey_day AND r.commune_code = c.commune_code) AS actual
          FROM response_counts c ORDER BY 1, 2`,
    );

  it("follow every insert, retry, delete and move of a response, through the API or straight in SQL", async () => {
    const input = buildResponseInput({ communeCode: SONG_MAI });
    const headers = newDeviceHeaders();
    for (let i = 0; i < 2; i++) {
      const res = await server.request("/api/responses", { method: "POST", json: input, headers });
      expect([201, 200]).toContain(res.status);
    }
    await insertStoredResponses(server.context.db, THO_XUONG, "2024-06-13", 3);
    await server.context.db.execute(
      sql`UPDATE responses SET survey_day = '2024-06-14' WHERE submission_id IN
            (SELECT submission_id FROM responses WHERE commune_code = ${THO_XUONG} LIMIT 1)`,
    );
    await server.context.db.execute(
      sql`DELETE FROM responses WHERE submission_id IN
            (SELECT submission_id FROM responses WHERE commune_code = ${THO_XUONG} AND survey_day = '2024-06-13' LIMIT 1)`,
    );
    const counters = await countersVersusRows();
    expect(counters.map((c) => c.counted)).toEqual([1, 1, 1]);
    for (const c of counters) expect(c.counted).toBe(c.actual);
  });

  it("are what the progress report shows", async () => {
    server.setNow(noonOf("2024-06-14")); // the whole window so far
    const res = await server.request("/api/progress", { token: TEST_ADMIN_TOKEN });
    const report = (await res.json()) as { communes: { code: string; responses: number }[] };
    const of = (code: string) => report.communes.find((c) => c.code === code)?.responses;
    expect({ songMai: of(SONG_MAI), thoXuong: of(THO_XUONG) }).toEqual({ songMai: 1, thoXuong: 2 });
  });
});
