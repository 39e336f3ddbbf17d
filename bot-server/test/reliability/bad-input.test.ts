// A generated corpus of malformed requests (10,000+ in `npm run test:reliability`, a few hundred in `npm test`)
// against every public and staff endpoint: no 5xx, nothing stored, and the server answers normally afterwards.
import { TEST_ADMIN_TOKEN } from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { expectRowsUnchanged, useLoggedServer } from "../robustness/robustness-kit";
import { buildMalformedCorpus, withAdminToken } from "./malformed-corpus";
import { sendRaw, type RawRequest } from "./raw-http";
import { reliabilityScale } from "./scale";

const COUNT = reliabilityScale({ full: 10_500, short: 700 });
const SEED = 17;
const CONCURRENCY = 16;

const LAYER_CODES = [
  "MALFORMED_JSON",
  "UNSUPPORTED_MEDIA_TYPE",
  "VALIDATION_FAILED",
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "RESPONDENT_UNKNOWN",
  "COMMUNE_NOT_FOUND",
  "SURVEY_VERSION_MISMATCH",
  "PAYLOAD_TOO_LARGE",
];

const server = useLoggedServer();

async function sendAll(requests: RawRequest[]) {
  const answers: { request: RawRequest; status: number; text: string }[] = [];
  let next = 0;
  const client = async () => {
    while (next < requests.length) {
      const request = withAdminToken(requests[next++]!, TEST_ADMIN_TOKEN);
      answers.push({ request, ...(await sendRaw(server().url, request)) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return answers;
}

const describeRequest = (a: { request: RawRequest; status: number; text: string }) =>
  `${a.status} ${a.request.method} ${a.request.path.slice(0, 120)} ${String(a.request.body ?? "").slice(0, 120)} → ${a.text.slice(0, 160)}`;

describe(`${COUNT} malformed requests (seed ${SEED})`, () => {
  jest.setTimeout(15 * 60_000);

  it("are each refused with a 4xx, none with a 5xx, and change no table", async () => {
    const corpus = buildMalformedCorpus(COUNT, SEED);
    const answers = await expectRowsUnchanged(server(), () => sendAll(corpus));
    const sent = answers.filter((a) => a.status !== -1);
    expect(sent.length).toBeGreaterThan(COUNT * 0.98);
    expect(sent.filter((a) => a.status >= 500 || a.status === 0).map(describeRequest)).toEqual([]);
    expect(sent.filter((a) => a.status < 400).map(describeRequest)).toEqual([]);
    expect(server().logLines.join("\n")).not.toMatch(/"level":(50|60)/);
    // The corpus reaches every layer: the body parser, the edge checks, the schemas, the doors, the use cases.
    const codes = new Set(sent.map((a) => /"code":"([A-Z_]+)"/.exec(a.text)?.[1]));
    for (const code of LAYER_CODES) expect([...codes]).toContain(code);
  });

  it("leave the server answering normally: a form is stored, the survey and progress are served", async () => {
    const res = await server().request("/api/responses", {
      method: "POST",
      json: buildResponseInput(),
      headers: newDeviceHeaders(),
    });
    expect(res.status).toBe(201);
    expect((await server().request("/api/survey")).status).toBe(200);
    expect((await server().request("/api/progress", { token: TEST_ADMIN_TOKEN })).status).toBe(200);
  });
});
