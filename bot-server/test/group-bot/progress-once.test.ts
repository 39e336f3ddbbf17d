import { createMemoryLog } from "../../src/testing/memory-log";
import type { TestServer } from "../../src/testing";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { registrationText, say, seedResponses, startZaloTestServer } from "./group-test-kit";

const SONG_MAI_MEMBER = "5510185758261927931";
const CITY_STEERING = "5510185758261927932";

describe("progress is asked of the database once per reply or post", () => {
  const log = createMemoryLog("debug");
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { logger: log.logger, now: new Date("2024-06-13T03:00:00Z") });
    await say(server, fake, SONG_MAI_MEMBER, await registrationText(server, "07222"));
    await say(server, fake, CITY_STEERING, await registrationText(server, "213"));
    await seedResponses(server, "07222", 2);
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  /** The progress queries logged while `act` runs, as {scope, days}. */
  async function progressQueriesDuring(act: () => Promise<unknown>) {
    const from = log.lines.length;
    await act();
    return log.lines
      .slice(from)
      .map((line) => JSON.parse(line) as { msg: string; scope?: string; days?: number })
      .filter((entry) => entry.msg === "progress query")
      .map(({ scope, days }) => ({ scope, days }));
  }

  it("when a commune member asks /tiendo on the second day, one query of that commune answers it", async () => {
    let reply: string[] = [];
    const queries = await progressQueriesDuring(async () => {
      reply = await say(server, fake, SONG_MAI_MEMBER, "/tiendo");
    });
    expect(queries).toEqual([{ scope: "commune", days: 2 }]);
    expect(reply[0]).toContain("Hôm nay 13/06/2024: 2 phiếu");
    expect(reply[0]).toContain("Chưa báo lượt công dân đến ngày 12/06/2024");
  });

  it("a district member's /tiendo is one query of the district", async () => {
    const queries = await progressQueriesDuring(() => say(server, fake, CITY_STEERING, "/tiendo"));
    expect(queries).toEqual([{ scope: "district", days: 2 }]);
  });

  it("/luotden records the count and reads the commune's quota in one query", async () => {
    let reply: string[] = [];
    const queries = await progressQueriesDuring(async () => {
      reply = await say(server, fake, SONG_MAI_MEMBER, "/luotden 4");
    });
    expect(queries).toEqual([{ scope: "commune", days: 1 }]);
    expect(reply[0]).toContain("đã ghi 4 lượt công dân đến ngày 13/06/2024");
  });

  it("the evening summary of the whole province is one query", async () => {
    const queries = await progressQueriesDuring(async () => {
      const res = await server.request("/api/admin/jobs/daily-summary/run", {
        method: "POST",
        token: server.config.adminToken,
        json: { date: "2024-06-13" },
      });
      expect(res.status).toBe(200);
    });
    expect(queries).toEqual([{ scope: "province", days: 1 }]);
  });
});
