import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { groupTextEvent, signZaloEvent } from "../fake-zalo/webhook-events";
import { eventProcessed, zaloEnv } from "../group-bot/group-test-kit";
import {
  expectQuietLog,
  expectRowsUnchanged,
  itRefuses,
  useLoggedServer,
  type BadRequest,
} from "./robustness-kit";

const MEMBER_ID = "5510185758261927916";
const json = { "content-type": "application/json" };
const signed = (raw: string) => ({ ...json, "x-zevent-signature": signZaloEvent(raw) });
const hook = (
  name: string,
  headers: Record<string, string>,
  body: string,
  status = 401,
  code = "BAD_SIGNATURE",
) => ({ name, method: "POST", path: "/webhooks/zalo", headers, body, status, code }) satisfies BadRequest;

const event = groupTextEvent({ senderId: MEMBER_ID, text: "/dangky 07222" });
const timestamp = String(Date.now());

const refused: BadRequest[] = [
  hook("no signature", json, event.raw),
  hook('a signature "mac=xyz"', { ...json, "x-zevent-signature": "mac=xyz" }, event.raw),
  hook(
    "a signature of 64 non-hex letters",
    { ...json, "x-zevent-signature": `mac=${"z".repeat(64)}` },
    event.raw,
  ),
  hook("another body's signature", signed(groupTextEvent({ senderId: MEMBER_ID, text: "x" }).raw), event.raw),
  hook("a 10 KB signature", { ...json, "x-zevent-signature": `mac=${"a".repeat(10_000)}` }, event.raw),
  hook("the signed body as text/plain", { ...signed(event.raw), "content-type": "text/plain" }, event.raw),
  hook("the signed body with no Content-Type", { "x-zevent-signature": signZaloEvent(event.raw) }, event.raw),
  hook("the body changed after signing", signed(event.raw), event.raw.replace("07222", "07201")),
  hook("a signed array", { ...json, "x-zevent-signature": "mac=" + "0".repeat(64) }, "[]"),
  hook("a timestamp as an object", json, `{"timestamp":{"a":1},"event_name":"user_send_group_text"}`),
  hook("malformed JSON", json, "{", 400, "MALFORMED_JSON"),
  hook("JSON null", json, "null", 400, "MALFORMED_JSON"),
  hook(
    "a body over 32 KB",
    json,
    JSON.stringify({ timestamp, pad: "x".repeat(33 * 1024) }),
    413,
    "PAYLOAD_TOO_LARGE",
  ),
];

/** A signed member text whose raw JSON has `text`, `msg_id` or `sender.id` replaced by raw JSON. */
function oddEvent(field: "text" | "msg_id" | "sender", rawValue: string, msgId: string) {
  const base = groupTextEvent({ senderId: MEMBER_ID, text: "TEXT", msgId });
  const raw =
    field === "text"
      ? base.raw.replace('"TEXT"', rawValue)
      : field === "msg_id"
        ? base.raw.replace(`"${msgId}"`, rawValue)
        : base.raw.replace(`"${MEMBER_ID}"`, rawValue);
  return raw;
}

describe("the Zalo webhook with bad input", () => {
  let fake: FakeZaloServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
  });
  const server = useLoggedServer(() => zaloEnv(fake)); // closed before the fake (hooks run in this order)
  afterAll(async () => {
    await fake.close();
  });

  itRefuses(refused, server);

  // Zalo's events are not refused for odd text (Zalo would only redeliver): they are handled, made storable.
  it.each([
    ["a text with U+0000", "text", '"/dangky 07222\\u0000"', "msg0001", "zalo:msg0001"],
    ["a text with a lone surrogate", "text", '"/luotden \\ud800 5"', "msg0002", "zalo:msg0002"],
    ["a text of 1e308 visitors", "text", '"/luotden 07222 1e308"', "msg0003", "zalo:msg0003"],
    ["a text with an RTL override", "text", '"/dangky \\u202e22270"', "msg0004", "zalo:msg0004"],
    ["a msg_id with U+0000", "msg_id", '"msg\\u00000005"', "msg0005", "zalo:msg0005"],
    ["a msg_id with a lone surrogate", "msg_id", '"msg\\udc000006"', "msg0006", "zalo:msg\ufffd0006"],
    ["a sender id with U+0000", "sender", `"${MEMBER_ID}\\u0000"`, "msg0007", "zalo:msg0007"],
  ] as const)(
    "when a signed event has %s, answers 200 and handles it once",
    async (_n, field, value, msgId, key) => {
      const raw = oddEvent(field, value, msgId);
      const res = await server().send(hook("", signed(raw), raw, 200, ""));
      expect(res.status).toBe(200);
      expect(await eventProcessed(server(), key)).toBe(true);
    },
  );

  it.each([
    [
      "arrays nested 10,000 deep",
      (t: string) => `{"timestamp":"${t}","x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    ],
    [
      "a __proto__ event name",
      (t: string) => `{"timestamp":"${t}","__proto__":{"event_name":"user_send_group_text"}}`,
    ],
    ["a msg_id of 1,000 characters", () => oddEvent("msg_id", `"${"m".repeat(1000)}"`, "m")],
    [
      "a duplicate event_name",
      (t: string) => `{"timestamp":"${t}","event_name":"user_send_group_text","event_name":"x"}`,
    ],
  ])("when a signed event has %s, answers 200 and stores nothing", async (_name, build) => {
    const raw = build(timestamp);
    await expectRowsUnchanged(server(), async () => {
      const res = await server().send(hook("", signed(raw), raw, 200, ""));
      expect(res.status).toBe(200);
    });
  });

  it("logs no stack trace, no error and no raw member id for any of these", async () => {
    // The last handled event is processed; the ignored ones were read synchronously before their 200.
    expect(await eventProcessed(server(), "zalo:msg0007")).toBe(true);
    expectQuietLog(server().logLines, { secrets: [MEMBER_ID] });
  });
});
