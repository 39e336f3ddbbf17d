import { sql } from "drizzle-orm";
import { runCli } from "../../src/cli";
import { queryRows } from "../../src/db/database";
import { respondentKey } from "../../src/respondents/resolve-respondent";
import {
  createMemoryLog,
  startTestServer,
  TEST_ADMIN_TOKEN,
  TEST_HASH_SECRET,
  type TestServer,
} from "../../src/testing";
import { buildResponseInput } from "../../src/testing/factories";
import { cliEnvOf } from "../group-bot/group-test-kit";
import { noonOf, SONG_MAI, THO_XUONG } from "../intake/intake-fixtures";

const TIME_TYPES = ["timestamp with time zone", "timestamp without time zone", "time without time zone"];

/** Every row of every table of the schema, as JSON text, table by table. */
async function everyRow(server: TestServer): Promise<Map<string, string[]>> {
  const tables = await queryRows<{ table_name: string }>(
    server.context.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const rows = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    const found = await queryRows<{ row: string }>(
      server.context.db,
      sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(table)} AS t`,
    );
    rows.set(
      table,
      found.map((r) => r.row),
    );
  }
  return rows;
}

describe("anonymity by construction", () => {
  const log = createMemoryLog("info");
  let server: TestServer;
  const devices = Array.from({ length: 6 }, (_, i) => `device-of-resident-${i}-0123456789`);
  const keys = devices.map((d) => respondentKey(TEST_HASH_SECRET, "device", d));
  const submissions: string[] = [];
  const inputs: ReturnType<typeof buildResponseInput>[] = [];
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12"), logger: log.logger });
  });
  afterAll(async () => {
    await server.close();
  });

  const submit = (device: string, input = buildResponseInput()) =>
    server.request("/api/responses", { method: "POST", json: input, headers: { "x-device-id": device } });
  const progress = async () => (await server.request("/api/progress", { token: TEST_ADMIN_TOKEN })).json();

  it("stores the answers with the day, the hour and the completion seconds, and the key apart", async () => {
    for (const [i, device] of devices.entries()) {
      server.setNow(new Date(Date.parse("2024-06-12T02:17:42.123Z") + i * 3600_000 * 2)); // 09:17, 11:17, …
      const input = buildResponseInput({
        communeCode: i % 2 ? SONG_MAI : THO_XUONG,
        startedAt: new Date(server.context.now().getTime() - 313_456).toISOString(),
      });
      submissions.push(input.submissionId);
      inputs.push(input);
      const res = await submit(device, input);
      expect(res.status).toBe(201);
    }
    const [first] = await queryRows<Record<string, unknown>>(
      server.context.db,
      sql`SELECT * FROM responses WHERE submission_id = ${submissions[0]!}`,
    );
    expect(first).toMatchObject({ survey_day: "2024-06-12", received_hour: 9, completion_seconds: 313 });
    const columns = await queryRows<{ column_name: string; data_type: string }>(
      server.context.db,
      sql`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'responses'`,
    );
    expect(columns.filter((c) => TIME_TYPES.includes(c.data_type))).toEqual([]);
    const keyColumns = await queryRows<{ column_name: string }>(
      server.context.db,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'respondent_keys' ORDER BY 1`,
    );
    // Shared with the answer: the campaign, the survey and the commune only.
    expect(keyColumns.map((c) => c.column_name)).toEqual([
      "campaign_id",
      "commune_code",
      "respondent_key",
      "survey_id",
    ]);
  });

  it("answers a retry with the original receipt (to the hour), and a second answer with 409", async () => {
    server.setNow(noonOf("2024-06-13"));
    const input = buildResponseInput({ communeCode: THO_XUONG });
    const first = await submit(devices[0]!, input);
    expect(first.status).toBe(409);
    const again = await server.request("/api/responses", {
      method: "POST",
      json: inputs[0],
      headers: { "x-device-id": devices[0]! },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({
      id: submissions[0],
      status: "accepted",
      receivedAt: "2024-06-12T09:00:00+07:00",
    });
  });

  it("writes no submission id into the info log, where every line has a precise time", () => {
    const text = log.lines.join("");
    expect(text).toContain("response stored");
    for (const id of submissions) expect(text).not.toContain(id);
  });

  it("refuses to purge the keys while the window is open", async () => {
    server.setNow(noonOf("2024-06-14")); // the last day: residents may still answer until midnight
    const res = await server.request("/api/admin/respondent-keys/purge", {
      method: "POST",
      json: {},
      token: TEST_ADMIN_TOKEN,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("WINDOW_NOT_CLOSED");
    expect((await everyRow(server)).get("respondent_keys")).toHaveLength(6);
  });

  it("after the purge, no table holds a respondent key and the figures are unchanged", async () => {
    const afterWindow = new Date("2024-06-15T01:00:00Z"); // 08:00 the day after the last
    server.setNow(afterWindow);
    const before = await progress();
    const output: string[] = [];
    const io = { out: (l: string) => output.push(l), err: (l: string) => output.push(`ERR ${l}`) };
    expect(
      await runCli(["purge-respondent-keys"], io, cliEnvOf(server, server.port), () => afterWindow),
    ).toBe(0);
    expect(output).toEqual([
      expect.stringMatching(
        /^Đã xóa 6 khóa chống trả lời trùng của đợt khảo sát pks02-bac-giang-2024-06 \(phiếu PKS02,/,
      ),
    ]);
    const tables = await everyRow(server);
    const everything = [...tables.values()].flat().join("\n");
    expect(everything).toContain(submissions[0]); // the scan reads the answers' rows too
    for (const key of keys) expect(everything).not.toContain(key);
    expect(tables.get("respondent_keys")).toEqual([]);
    expect(tables.get("responses")).toHaveLength(6);
    expect(await progress()).toEqual(before);
  });
});
