import { sql } from "drizzle-orm";
import pino from "pino";
import type { AppContext } from "../../src/context";
import { queryRows } from "../../src/db/database";
import { groupTransportFor } from "../../src/features";
import { deliverDueMessages } from "../../src/outbox/worker";
import { startServer, type RunningServer } from "../../src/server";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import {
  startTestServer,
  TEST_ADMIN_TOKEN,
  TEST_HASH_SECRET,
  type TestServer,
  type TestServerOptions,
} from "../../src/testing";
import {
  FAKE_APP_ID,
  FAKE_APP_SECRET,
  FAKE_GROUP_ID,
  FAKE_OA_SECRET_KEY,
  FakeZaloServer,
} from "../fake-zalo/fake-zalo-server";
import { groupTextEvent, signZaloEvent } from "../fake-zalo/webhook-events";

/** The environment of a server posting to the fake Zalo's group. */
export function zaloEnv(fake: FakeZaloServer): Record<string, string> {
  return {
    ZALO_OA_API_BASE: fake.url,
    ZALO_OAUTH_BASE: fake.url,
    ZALO_APP_ID: FAKE_APP_ID,
    ZALO_APP_SECRET: FAKE_APP_SECRET,
    ZALO_OA_SECRET_KEY: FAKE_OA_SECRET_KEY,
    ZALO_GROUP_ID: FAKE_GROUP_ID,
    ZALO_OA_ACCESS_TOKEN: "test-access-token-1",
    ZALO_OA_REFRESH_TOKEN: "test-refresh-token-1",
  };
}

export function startZaloTestServer(
  fake: FakeZaloServer,
  options: TestServerOptions = {},
): Promise<TestServer> {
  return startTestServer({ ...options, env: { ...zaloEnv(fake), ...options.env } });
}

/** A second server process on the same database as `server` (same configuration, its own pool). */
export function startSibling(server: TestServer, background = false): Promise<RunningServer> {
  return startServer(server.config, {
    logger: pino({ level: "silent" }),
    now: server.context.now,
    background,
  });
}

/** POST a raw body to /webhooks/zalo, signed unless a signature is given (null: no header). */
export function postWebhook(server: TestServer, raw: string, signature: string | null = signZaloEvent(raw)) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== null) headers["x-zevent-signature"] = signature;
  return server.request("/webhooks/zalo", { method: "POST", headers, body: raw });
}

/** Whether the webhook event with this key gets handled (events are handled after the 200; polled ~5 s). */
export async function eventProcessed(server: { context: AppContext }, eventKey: string): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    const [row] = await queryRows<{ processed_at: Date | null }>(
      server.context.db,
      sql`SELECT processed_at FROM zalo_events WHERE event_key = ${eventKey}`,
    );
    if (row?.processed_at) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** Wait until the webhook event with this msg_id has been handled. */
export async function waitForEvent(server: TestServer, msgId: string): Promise<void> {
  if (!(await eventProcessed(server, `zalo:${msgId}`)))
    throw new Error(`webhook event ${msgId} was not handled`);
}

/** Deliver what the outbox holds, as the worker would. */
export function deliver(server: { context: TestServer["context"] }) {
  return deliverDueMessages(server.context, groupTransportFor(server.context));
}

/** A member writes in the group; returns the bot's replies as the fake group received them. */
export async function say(
  server: TestServer,
  fake: FakeZaloServer,
  senderId: string,
  text: string,
): Promise<string[]> {
  const before = fake.sent.length;
  const event = groupTextEvent({ senderId, text });
  expect((await postWebhook(server, event.raw)).status).toBe(200);
  await waitForEvent(server, event.msgId);
  await deliver(server);
  return fake.sent.slice(before).map((m) => m.text ?? "");
}

/** `count` residents answer for a commune today (distinct devices), through the real API. */
export async function seedResponses(server: TestServer, communeCode: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const res = await server.request("/api/responses", {
      method: "POST",
      json: buildResponseInput({ communeCode }),
      headers: newDeviceHeaders(),
    });
    if (res.status !== 201 && res.status !== 200) throw new Error(`seeding a response failed: ${res.status}`);
  }
}

/** The environment of the jobs CLI run beside `server` (its database and tokens), asking the port `port`. */
export function cliEnvOf(server: TestServer, port = 0): Record<string, string> {
  return {
    DATABASE_URL: server.testDatabase.url,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    RESPONDENT_HASH_SECRET: TEST_HASH_SECRET,
    ALLOW_DEVICE_IDS: "true",
    SURVEY_START: "2024-06-12",
    SURVEY_END: "2024-06-14",
    PORT: String(port),
    LOG_LEVEL: "silent",
  };
}

/** The registration code of a commune (5 digits) or a district (3 digits) for the survey. */
export async function registrationCodeOf(server: { context: AppContext }, unit: string): Promise<string> {
  const scope = unit.length === 3 ? "district" : "commune";
  const [row] = await queryRows<{ code: string }>(
    server.context.db,
    sql`SELECT code FROM registration_codes WHERE scope = ${scope} AND unit_code = ${unit}`,
  );
  if (!row) throw new Error(`no registration code for ${unit}`);
  return row.code;
}

/** "/dangky 07201 <its code>" or "/dangky huyen 213 <its code>": the registration a member is given. */
export async function registrationText(server: { context: AppContext }, unit: string): Promise<string> {
  const code = await registrationCodeOf(server, unit);
  return unit.length === 3 ? `/dangky huyen ${unit} ${code}` : `/dangky ${unit} ${code}`;
}

/** The `error.code` of an API error answer. */
export async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

/** The `status` of a job run answer. */
export async function statusOf(res: Response): Promise<string> {
  return ((await res.json()) as { status: string }).status;
}

/** A fake Zalo and a server posting to it, for one describe block: started before its tests, closed after. */
export function zaloServerForSuite(options: TestServerOptions = {}): {
  fake: FakeZaloServer;
  server: TestServer;
} {
  const rig = {} as { fake: FakeZaloServer; server: TestServer };
  beforeAll(async () => {
    const fake = await new FakeZaloServer().start();
    Object.assign(rig, { fake, server: await startZaloTestServer(fake, options) });
  });
  afterAll(() => Promise.all([rig.server?.close(), rig.fake?.close()]));
  return rig;
}
