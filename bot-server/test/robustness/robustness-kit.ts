import { connect } from "node:net";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database";
import type { RunningServer } from "../../src/server";
import { createMemoryLog, startTestServer, type TestServer } from "../../src/testing";
import { DISTRICT_ENV } from "../intake/intake-fixtures";

/** A real server whose log (info level and up) is kept, to check what client errors leave in it. */
export interface LoggedServer extends TestServer {
  logLines: string[];
  /** Every table's row count, to prove a refused request changed nothing. */
  rowCounts(): Promise<Record<string, number>>;
  send(request: BadRequest): Promise<Response>;
}

/** One bad request: what is sent and the error it must get. */
export interface BadRequest {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A string is sent as is (no Content-Type unless given); an object is sent as JSON. */
  body?: string | Uint8Array | object;
  status: number;
  code: string;
}

/** A moment on the first survey day (12/6/2024, 10:00 in Vietnam). */
const FIRST_DAY_MORNING = new Date("2024-06-12T03:00:00Z");

/** Start the server on a fresh database with a district token for 213 and 215, logging into memory. */
async function startLoggedServer(env: Record<string, string> = {}): Promise<LoggedServer> {
  const log = createMemoryLog("info");
  const server = await startTestServer({
    env: { ...DISTRICT_ENV, ...env },
    now: FIRST_DAY_MORNING,
    logger: log.logger,
  });
  const tables = (
    await queryRows<{ name: string }>(
      server.context.db,
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
    )
  ).map((t) => t.name);
  return {
    ...server,
    logLines: log.lines,
    async rowCounts() {
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const [row] = await queryRows<{ n: number }>(
          server.context.db,
          sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`,
        );
        counts[table] = row!.n;
      }
      return counts;
    },
    send(request) {
      const { body } = request;
      const json = typeof body === "object" && !(body instanceof Uint8Array);
      const headers = new Headers(request.headers);
      if (json && !headers.has("content-type")) headers.set("content-type", "application/json");
      return fetch(`${server.url}${request.path}`, {
        method: request.method ?? "GET",
        headers,
        // A string or bytes goes as given; fetch would add text/plain to a string, so send its bytes.
        body: json ? JSON.stringify(body) : typeof body === "string" ? Buffer.from(body) : body,
      });
    },
  };
}

/**
 * The logged server of the enclosing describe block: started before its tests (with `env()`, read then),
 * closed and its database dropped after them. Call the returned function in hooks and tests.
 */
export function useLoggedServer(env: () => Record<string, string> = () => ({})): () => LoggedServer {
  let server: LoggedServer | undefined;
  beforeAll(async () => {
    server = await startLoggedServer(env());
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error("the logged server has not started: use it in a hook or a test");
    return server;
  };
}

/** Run `act`, then check that every table has as many rows as before it. */
export async function expectRowsUnchanged<T>(server: LoggedServer, act: () => Promise<T>): Promise<T> {
  const before = await server.rowCounts();
  const result = await act();
  expect(await server.rowCounts()).toEqual(before);
  return result;
}

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** Send a bad request and check: the status, our error shape, Vietnamese messages, nothing changed. */
export async function expectRefused(server: LoggedServer, request: BadRequest): Promise<void> {
  await expectRowsUnchanged(server, async () => {
    const res = await server.send(request);
    const text = await res.text();
    expect({ status: res.status, body: text.slice(0, 300) }).toMatchObject({ status: request.status });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const { error } = JSON.parse(text) as { error: { code: string; message: string; details: unknown[] } };
    expect(error.code).toBe(request.code);
    expect(error.message).toMatch(VIETNAMESE);
    expect(Array.isArray(error.details)).toBe(true);
    for (const detail of error.details) {
      const message = (detail as { message?: unknown }).message;
      if (message !== undefined) expect(message).toMatch(VIETNAMESE);
    }
  });
}

/** One test per bad request, named after it: each gets its error and changes nothing. */
export function itRefuses(cases: BadRequest[], server: () => LoggedServer): void {
  it.each(cases.map((c) => [c.name, c] as const))("when sent %s, answers the error", async (_name, c) => {
    await expectRefused(server(), c);
  });
}

/** `itRefuses` for each group of bad requests, in a describe block named after the group. */
export function itRefusesEach(groups: [string, BadRequest[]][], server: () => LoggedServer): void {
  describe.each(groups)("%s", (_group, cases) => {
    itRefuses(cases, server);
  });
}

/** None of `texts` anywhere in the log. */
export function expectNotInLog(lines: string[], texts: string[]): void {
  const log = lines.join("");
  for (const text of texts) expect({ text, found: log.includes(text) }).toEqual({ text, found: false });
}

/**
 * What must never reach the log for a client's mistake: stack traces, unhandled errors, error-level lines,
 * `secrets`. `shows`: a text the refusals did log, so these checks are known to read the server's log.
 */
export function expectQuietLog(lines: string[], check: { secrets: string[]; shows?: string }): void {
  const log = lines.join("");
  if (check.shows !== undefined) expect(log).toContain(check.shows);
  expect(log).not.toMatch(/"stack"|\n\s+at /);
  expect(log).not.toContain("unhandled error");
  expect(lines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
  expectNotInLog(lines, check.secrets);
}

/** Send raw bytes over TCP (what fetch refuses to send) and read the whole answer. */
export function rawHttp(server: RunningServer, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
    socket.write(bytes);
  });
}

/** The status, headers (lower-case names) and parsed JSON body of a raw HTTP/1.1 answer. */
export function parseRawAnswer(answer: string): { status: number; headers: string[]; body: unknown } {
  const [head = "", ...rest] = answer.split("\r\n\r\n");
  const [statusLine = "", ...headers] = head.split("\r\n");
  const body = rest.join("\r\n\r\n");
  return {
    status: Number(statusLine.split(" ")[1]),
    headers: headers.map((h) => h.toLowerCase()),
    body: body ? (JSON.parse(body) as unknown) : undefined,
  };
}
