import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { startTestServer, TEST_HASH_SECRET, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { respondentKey } from "../../src/respondents/resolve-respondent";
import { computeProgress } from "../../src/progress/compute-progress";
import { SONG_MAI, THO_XUONG, noonOf, respondentKeysOf } from "./intake-fixtures";

describe("POST /api/responses", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-12") });
  });
  afterAll(async () => {
    await server.close();
  });
  afterEach(() => server.setNow(noonOf("2024-06-12")));

  const post = (body: unknown, headers: Record<string, string> = newDeviceHeaders()) =>
    server.request("/api/responses", { method: "POST", json: body, headers });
  const storedRows = (submissionId: string) =>
    queryRows<Record<string, unknown>>(
      server.context.db,
      sql`SELECT *, survey_day::text AS day FROM responses WHERE submission_id = ${submissionId}`,
    );
  const countAll = async () =>
    (await queryRows<{ n: number }>(server.context.db, sql`SELECT count(*)::int AS n FROM responses`))[0]!.n;
  const errorOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; details: unknown[] } }).error;

  it("when a valid form is sent, it is stored with the day of receipt and answered 201 with a receipt", async () => {
    const input = buildResponseInput({ answers: { E4: "  Cán bộ nhiệt tình.\u200b  ".normalize("NFD") } });
    const deviceId = randomUUID();
    const res = await post(input, newDeviceHeaders(deviceId));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      id: input.submissionId,
      status: "accepted",
      receivedAt: "2024-06-12T12:00:00+07:00", // to the hour: no finer time is kept
    });
    const [row] = await storedRows(input.submissionId);
    expect(row).toMatchObject({
      commune_code: SONG_MAI,
      survey_id: "PKS02",
      survey_version: input.surveyVersion,
      identity_kind: "device",
      day: "2024-06-12",
      received_hour: 12,
    });
    expect(await respondentKeysOf(server.context.db, SONG_MAI)).toContain(
      respondentKey(TEST_HASH_SECRET, "device", deviceId),
    );
    expect((row!.answers as Record<string, unknown>).E4).toBe("Cán bộ nhiệt tình.");
    expect(JSON.stringify(row)).not.toContain(deviceId);
  });

  it("when the same submission is retried, it is answered 200 with the original receipt and stored once", async () => {
    const input = buildResponseInput();
    const headers = newDeviceHeaders();
    const first = await (await post(input, headers)).json();
    server.setNow(new Date("2024-06-12T09:30:00Z"));
    const retry = await post(input, headers);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(first);
    expect(await storedRows(input.submissionId)).toHaveLength(1);
  });

  it("when a stored submission is retried after the window closed, it still gets its original receipt", async () => {
    const input = buildResponseInput({ communeCode: THO_XUONG });
    const first = await (await post(input)).json();
    server.setNow(noonOf("2024-06-20"));
    const retry = await post(input);
    expect(retry.status).toBe(200);
    expect((await retry.json()).receivedAt).toBe(first.receivedAt);
  });

  it("when the same submission id comes with other answers, answers 409 SUBMISSION_CONFLICT and keeps the first", async () => {
    const input = buildResponseInput({ communeCode: "07204" });
    const headers = newDeviceHeaders();
    await post(input, headers);
    const changed = await post({ ...input, answers: { ...input.answers, C1: 1 } }, headers);
    expect(changed.status).toBe(409);
    expect((await errorOf(changed)).code).toBe("SUBMISSION_CONFLICT");
    const [row] = await storedRows(input.submissionId);
    expect((row!.answers as Record<string, unknown>).C1).toBe(input.answers.C1);
  });

  it("when a respondent answers twice for one commune, answers 409 ALREADY_ANSWERED; another commune is fine", async () => {
    const headers = newDeviceHeaders();
    expect((await post(buildResponseInput({ communeCode: "07207" }), headers)).status).toBe(201);
    const again = buildResponseInput({ communeCode: "07207" });
    const second = await post(again, headers);
    expect(second.status).toBe(409);
    expect((await errorOf(second)).code).toBe("ALREADY_ANSWERED");
    expect(await storedRows(again.submissionId)).toHaveLength(0);
    expect((await post(buildResponseInput({ communeCode: "07210" }), headers)).status).toBe(201);
  });

  it("answers invalid answers with 400 VALIDATION_FAILED and one detail per question", async () => {
    const input = buildResponseInput({ answers: { B1: undefined, C1: 9 } });
    const before = await countAll();
    const res = await post(input);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ questionId: "B1", code: "REQUIRED" }),
        expect.objectContaining({ questionId: "C1", code: "INVALID_OPTION" }),
      ]),
    );
    expect(await countAll()).toBe(before);
  });

  it.each([
    ["a submission id that is not a UUID", 400, "VALIDATION_FAILED", { submissionId: "abc" }],
    ["answers that are not an object", 400, "VALIDATION_FAILED", { answers: [1, 2] }],
    ["an unknown commune", 404, "COMMUNE_NOT_FOUND", { communeCode: "99999" }],
    ["a stale survey version", 409, "SURVEY_VERSION_MISMATCH", { surveyVersion: "pks02-2023.9" }],
  ])("answers %s with %i %s and stores nothing", async (_label, status, code, change) => {
    const before = await countAll();
    const res = await post({ ...buildResponseInput(), ...change });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
    expect(await countAll()).toBe(before);
  });

  it.each([
    ["23:59 on 11/6, the eve of the first day", "2024-06-11T23:59:00+07:00", 403, null],
    ["00:01 on 12/6, the first day", "2024-06-12T00:01:00+07:00", 201, "2024-06-12"],
    ["23:59 on 14/6, the last day", "2024-06-14T23:59:00+07:00", 201, "2024-06-14"],
    ["00:01 on 15/6, after the last day", "2024-06-15T00:01:00+07:00", 403, null],
  ])("judges a form sent at %s by Asia/Ho_Chi_Minh time", async (_label, moment, status, day) => {
    server.setNow(new Date(moment));
    const input = buildResponseInput({ communeCode: "07213" });
    const res = await post(input);
    expect(res.status).toBe(status);
    if (day === null) {
      expect((await errorOf(res)).code).toBe("SURVEY_CLOSED");
      expect(await storedRows(input.submissionId)).toHaveLength(0);
    } else {
      expect((await storedRows(input.submissionId))[0]!.day).toBe(day);
    }
  });

  it("counts a form received at 23:59 local time for that day in the progress", async () => {
    server.setNow(new Date("2024-06-13T23:59:00+07:00")); // 16:59 UTC, still 13/6 in Bắc Giang
    expect((await post(buildResponseInput({ communeCode: "07216" }))).status).toBe(201);
    const day13 = await computeProgress(server.context, server.config.campaigns.defaultCampaign, {
      dates: ["2024-06-13"],
    });
    const day14 = await computeProgress(server.context, server.config.campaigns.defaultCampaign, {
      dates: ["2024-06-14"],
    });
    expect(day13.communes.find((c) => c.code === "07216")!.responses).toBe(1);
    expect(day14.communes.find((c) => c.code === "07216")!.responses).toBe(0);
  });

  it.each([
    ["no device id", {}],
    ["a device id too short", { "x-device-id": "abc" }],
    ["a device id with odd characters", { "x-device-id": "device id with spaces!!" }],
  ])("answers a form with %s with 400 RESPONDENT_UNKNOWN", async (_label, headers) => {
    const res = await post(buildResponseInput({ communeCode: "07219" }), headers);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("RESPONDENT_UNKNOWN");
  });

  it("answers malformed JSON with 400 MALFORMED_JSON", async () => {
    const res = await server.request("/api/responses", {
      method: "POST",
      headers: { "content-type": "application/json", ...newDeviceHeaders() },
      body: '{"submissionId": "x", ',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("MALFORMED_JSON");
  });

  it("answers a body over 32 KB with 413 PAYLOAD_TOO_LARGE", async () => {
    const res = await post(buildResponseInput({ answers: { E4: "x".repeat(33 * 1024) } }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it.each(["https://h5.zdn.vn", "zbrowser://h5.zdn.vn"])(
    "lets the Mini App origin %s (Zalo on iOS: zbrowser://) send its identity headers (CORS preflight)",
    async (origin) => {
      const res = await server.request("/api/responses", {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,x-zalo-access-token,x-device-id",
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
      expect(res.headers.get("access-control-allow-headers")).toContain("x-device-id");
    },
  );
});
