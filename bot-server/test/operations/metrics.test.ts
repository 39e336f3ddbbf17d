import { ZApiError } from "@pks02/shared";
import {
  TEST_ADMIN_TOKEN,
  parsePrometheusText,
  sampleValue,
  startTestServer,
  type TestServer,
} from "../../src/testing";
import { buildResponseInput, newDeviceHeaders } from "../../src/testing/factories";
import { deliver, startZaloTestServer } from "../group-bot/group-test-kit";
import { FakeZaloServer } from "../fake-zalo/fake-zalo-server";
import { enqueue } from "../../src/outbox/outbox-repository";

const METRICS_TOKEN = "metrics-token-0123456789-abcdefghij";

async function scrape(server: TestServer, token = METRICS_TOKEN) {
  const res = await server.request("/metrics", { token });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await res.text());
}

describe("GET /metrics", () => {
  let server: TestServer;
  beforeAll(async () => {
    // Few wrong staff credentials allowed, so that a scraper counted among them would be held back.
    server = await startTestServer({ env: { METRICS_TOKEN, AUTH_FAILURES_PER_15_MINUTES: "3" } });
  });
  afterAll(() => server.close());

  it("refuses a request without the token, or with a wrong one, with 401 UNAUTHORIZED", async () => {
    for (const token of [undefined, "not-the-metrics-token-000"]) {
      const res = await server.request("/metrics", { token });
      expect(res.status).toBe(401);
      expect(ZApiError.parse(await res.json()).error.code).toBe("UNAUTHORIZED");
    }
  });

  it("never holds back a scraper with METRICS_TOKEN as if it were guessing a staff token", async () => {
    for (let scrapes = 0; scrapes < 5; scrapes++) await scrape(server);
  });

  it("counts submissions accepted, retried and refused by code, and times the requests by route", async () => {
    const input = buildResponseInput();
    const headers = newDeviceHeaders();
    expect((await server.request("/api/responses", { method: "POST", json: input, headers })).status).toBe(
      201,
    );
    expect((await server.request("/api/responses", { method: "POST", json: input, headers })).status).toBe(
      200,
    );
    const anonymous = await server.request("/api/responses", { method: "POST", json: buildResponseInput() });
    expect(anonymous.status).toBe(400);

    const samples = await scrape(server);
    const submissions = "pks02_submissions_total";
    expect(sampleValue(samples, submissions, { outcome: "accepted" })).toBe(1);
    expect(sampleValue(samples, submissions, { outcome: "retried" })).toBe(1);
    expect(sampleValue(samples, submissions, { outcome: "refused", code: "RESPONDENT_UNKNOWN" })).toBe(1);
    const latency = { method: "POST", route: "/api/responses", status: "2xx" };
    expect(sampleValue(samples, "pks02_http_request_duration_seconds_count", latency)).toBe(2);
    expect(
      sampleValue(samples, "pks02_http_request_duration_seconds_bucket", { ...latency, le: "+Inf" }),
    ).toBe(2);
  });

  it("shows the outbox depth and the age of its oldest post, and the admin token may scrape too", async () => {
    const queuedAt = new Date(server.context.now().getTime() - 90_000);
    await enqueue(server.context.db, "metrics-test", [{ kind: "text", text: "Chào nhóm" }], queuedAt);
    const samples = await scrape(server, TEST_ADMIN_TOKEN);
    expect(sampleValue(samples, "pks02_outbox_messages", { status: "pending" })).toBe(1);
    expect(sampleValue(samples, "pks02_outbox_oldest_pending_age_seconds")).toBe(90);
    expect(sampleValue(samples, "process_cpu_seconds_total")).toBeGreaterThan(0);
  });
});

describe("GET /metrics with the real Zalo group", () => {
  let fake: FakeZaloServer;
  let server: TestServer;
  beforeAll(async () => {
    fake = await new FakeZaloServer().start();
    server = await startZaloTestServer(fake, { env: { METRICS_TOKEN } });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it("counts Zalo API errors by kind, shows job runs and the days left on the OA refresh token", async () => {
    await enqueue(
      server.context.db,
      "metrics-zalo",
      [{ kind: "text", text: "Chào nhóm" }],
      server.context.now(),
    );
    fake.failNextSends(1, "http-500");
    expect(await deliver(server)).toEqual({ sent: 0, failed: 1 });
    const run = await server.request("/api/admin/jobs/daily-summary/run", {
      method: "POST",
      token: TEST_ADMIN_TOKEN,
      json: { date: "2024-06-12", force: false },
    });
    expect(run.status).toBe(200);

    const samples = await scrape(server);
    const zaloErrors = samples.filter((s) => s.name === "pks02_zalo_api_errors_total");
    expect(zaloErrors).toEqual([
      {
        name: "pks02_zalo_api_errors_total",
        labels: { kind: "network", endpoint: "/v3.0/oa/group/message" },
        value: 1,
      },
    ]);
    expect(sampleValue(samples, "pks02_job_runs", { job: "daily-summary", trigger: "admin" })).toBe(1);
    // The pair was stored at the first send, "now" on the server's clock: about three months are left.
    expect(sampleValue(samples, "pks02_zalo_oa_refresh_token_days_left")).toBe(90);
  });
});
