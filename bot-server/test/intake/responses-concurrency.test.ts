import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import { startTestServer, type TestServer } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { noonOf } from "./intake-fixtures";

describe("POST /api/responses when the network misbehaves", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ now: noonOf("2024-06-13") });
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (body: unknown, headers: Record<string, string>) =>
    server.request("/api/responses", { method: "POST", json: body, headers });
  const rowsOf = (where: ReturnType<typeof sql>) =>
    queryRows<{ submission_id: string; received_at: string }>(
      server.context.db,
      sql`SELECT submission_id,
            survey_day::text || 'T' || lpad(received_hour::text, 2, '0') || ':00:00+07:00' AS received_at
          FROM responses WHERE ${where}`,
    );

  /** Open (keep-alive) connections first, so the requests that follow reach the server together. */
  const openConnections = async (count: number) => {
    await Promise.all(Array.from({ length: count }, async () => (await server.request("/healthz")).text()));
  };

  it("when the same submission arrives 50 times at once, one row is stored and every answer is its receipt", async () => {
    const input = buildResponseInput({ communeCode: "07201" });
    const headers = newDeviceHeaders();
    await openConnections(50);
    const results = await Promise.all(Array.from({ length: 50 }, () => post(input, headers)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const receipts = await Promise.all(results.map((r) => r.json()));
    expect(new Set(receipts.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await rowsOf(sql`submission_id = ${input.submissionId}`)).toHaveLength(1);
  });

  it("when one respondent sends 20 different submissions for a commune at once, one is stored", async () => {
    const headers = newDeviceHeaders();
    const inputs = Array.from({ length: 20 }, () => buildResponseInput({ communeCode: "07204" }));
    await openConnections(20);
    const results = await Promise.all(inputs.map((input) => post(input, headers)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const codes = await Promise.all(
      results.filter((r) => r.status === 409).map(async (r) => (await r.json()).error.code),
    );
    expect(new Set(codes)).toEqual(new Set(["ALREADY_ANSWERED"]));
    const stored = await rowsOf(sql`commune_code = '07204'`);
    expect(stored).toHaveLength(1);
    expect(inputs[statuses.indexOf(201)]!.submissionId).toBe(stored[0]!.submission_id);
  });

  it("when 40 residents submit at once, each gets its receipt and their forms share commits", async () => {
    const inputs = Array.from({ length: 40 }, () => buildResponseInput({ communeCode: "07213" }));
    await openConnections(40);
    const results = await Promise.all(inputs.map((input) => post(input, newDeviceHeaders())));
    expect(results.map((r) => r.status)).toEqual(inputs.map(() => 201));
    const receipts = await Promise.all(results.map((r) => r.json()));
    expect(receipts.map((r: { id: string }) => r.id)).toEqual(inputs.map((i) => i.submissionId));
    const [row] = await queryRows<{ rows: number; commits: number }>(
      server.context.db,
      sql`SELECT count(*)::int AS rows, count(DISTINCT xmin::text)::int AS commits
          FROM responses WHERE commune_code = '07213'`,
    );
    expect(row!.rows).toBe(40);
    expect(row!.commits).toBeLessThan(40);
  });

  it("when the connection drops after the server stored a form, the retry returns the original receipt", async () => {
    const input = buildResponseInput({ communeCode: "07207" });
    const headers = newDeviceHeaders();
    const body = JSON.stringify(input);
    const socket = connect(server.port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    socket.write(
      `POST /api/responses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `X-Device-Id: ${headers["x-device-id"]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    // The client never reads the answer: wait (bounded) until the row exists, then cut the connection.
    let stored = await rowsOf(sql`submission_id = ${input.submissionId}`);
    for (let i = 0; i < 100 && stored.length === 0; i += 1) {
      await sleep(20);
      stored = await rowsOf(sql`submission_id = ${input.submissionId}`);
    }
    socket.destroy();
    expect(stored).toHaveLength(1);

    server.setNow(new Date("2024-06-13T08:00:00Z")); // the retry comes later
    const retry = await post(input, headers);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({
      id: input.submissionId,
      status: "accepted",
      receivedAt: stored[0]!.received_at,
    });
    expect(stored[0]!.received_at).toBe("2024-06-13T12:00:00+07:00");
  });

  it("when the client gives up before the answer arrives, its retry is answered as a retry", async () => {
    const input = buildResponseInput({ communeCode: "07210" });
    const headers = newDeviceHeaders();
    const controller = new AbortController();
    const first = server.request("/api/responses", {
      method: "POST",
      json: input,
      headers,
      signal: controller.signal,
    });
    controller.abort();
    await expect(first).rejects.toThrow();
    // Whether or not the aborted request reached the server, the retry stores the form exactly once.
    const results = [await post(input, headers), await post(input, headers)];
    expect(results.map((r) => r.status).filter((s) => s === 201).length).toBeLessThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(await rowsOf(sql`submission_id = ${input.submissionId}`)).toHaveLength(1);
  });
});
