// Every staff and admin route, found in the app itself, refused without a token, with a wrong token and with
// another district's token; the admin token gets past the door (so each refusal is the door's doing).
import { TEST_ADMIN_TOKEN } from "../../src/testing";
import { DISTRICT_213_TOKEN } from "../intake/intake-fixtures";
import { expectRowsUnchanged, useLoggedServer } from "../robustness/robustness-kit";
import { fillPath, listAppRoutes, type AppRoute } from "./route-table";

/** Routes anyone may call: residents, health checks, Zalo's webhook (signed), the Mini App's files. */
const PUBLIC_ROUTES = new Set([
  "GET /healthz",
  "GET /api/campaigns",
  // Readiness for the load balancer: what is not ready, never a figure.
  "GET /readyz",
  "GET /api/survey",
  "GET /api/communes/:code",
  "POST /api/responses",
  "POST /webhooks/zalo",
  "GET /app",
  "GET /group/sample-photo.svg",
  // The jobs CLI's check that the port is this server: it proves the admin token without sending it.
  "GET /api/server-identity",
]);

// A 213 token asks about Yên Thế (215): a commune there, its district, a survey day.
const OTHER_DISTRICT_PARAMS = { code: "07243", date: "2024-06-12", job: "daily-summary", id: "1" };
/** Routes that show a district token its own district: asked for another district by query. */
const ASK_OTHER_DISTRICT: Record<string, string> = {
  "GET /api/progress": "?district=215",
  "GET /api/roster/template.xlsx": "?district=215",
  "GET /api/roster.xlsx": "?district=215",
  "PUT /api/roster": "?district=215",
  "GET /api/roster/missing": "?district=215",
  "GET /api/roster/notice.pdf": "?district=215",
  "GET /api/roster/announcement": "?commune=07243",
  "GET /api/reports/qcdc.xlsx": "?district=215",
  "GET /api/reports/integrity": "?district=215",
};
/**
 * Results have no way to name another district: a district token sees its own district's, and only once the
 * window has closed (test/results proves the scoping). While the window is open, which it is here, they say so.
 */
const DOOR_CODES = ["UNAUTHORIZED", "FORBIDDEN"];
const districtRefusalOf = (r: AppRoute) =>
  r.path.startsWith("/api/reports/results") ? ["RESULTS_NOT_READY"] : DOOR_CODES;
const BODIES: Record<string, object> = {
  "PUT /api/communes/:code/days/:date/visits": { visits: 5 },
  "POST /api/admin/jobs/:job/run": { date: "2024-06-12" },
};

const server = useLoggedServer();
const keyOf = (r: AppRoute) => `${r.method} ${r.path}`;
// The dashboard's pages have their own door (a session cookie; without one they show the login form),
// proven by test/dashboard; this test covers the token doors of the API and the console group.
const isPublic = (r: AppRoute) =>
  PUBLIC_ROUTES.has(keyOf(r)) || r.path.startsWith("/app/") || r.path.startsWith("/dashboard");

function send(route: AppRoute, authorization?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization) headers.authorization = authorization;
  const query = ASK_OTHER_DISTRICT[keyOf(route)] ?? "";
  const body = route.method === "GET" ? undefined : JSON.stringify(BODIES[keyOf(route)] ?? {});
  const url = `${server().url}${fillPath(route.path, OTHER_DISTRICT_PARAMS)}${query}`;
  return fetch(url, { method: route.method, headers, body });
}

const basic = (password: string) => `Basic ${Buffer.from(`staff:${password}`).toString("base64")}`;
const credentials = (route: AppRoute, token: string) =>
  route.path.startsWith("/group") ? basic(token) : `Bearer ${token}`;

async function codeOf(res: Response): Promise<string | undefined> {
  const text = await res.text();
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

describe("staff and admin routes", () => {
  const staffRoutes = () => listAppRoutes(server().context).filter((r) => !isPublic(r));

  it("are found in the app: visits, progress, results, jobs, group messages and the console group", () => {
    const keys = staffRoutes().map(keyOf);
    for (const known of [
      "GET /api/progress",
      "GET /api/reports/results",
      "PUT /api/communes/:code/days/:date/visits",
      "POST /api/admin/jobs/:job/run",
      "GET /api/admin/group-messages",
      "GET /group",
    ])
      expect(keys).toContain(known);
  });

  it("refuse a request without a token, with a wrong token, and with another district's token", async () => {
    const refusals: string[] = [];
    await expectRowsUnchanged(server(), async () => {
      for (const route of staffRoutes()) {
        const attempts: [string, string | undefined, number[], string[]][] = [
          ["no token", undefined, [401], DOOR_CODES],
          ["wrong token", credentials(route, "wrong-token-0123456789abcdef"), [401], DOOR_CODES],
          [
            "district 213 asking about 215",
            credentials(route, DISTRICT_213_TOKEN),
            [401, 403],
            districtRefusalOf(route),
          ],
        ];
        for (const [what, authorization, statuses, codes] of attempts) {
          const res = await send(route, authorization);
          const code = await codeOf(res);
          if (!statuses.includes(res.status) || !codes.includes(code ?? ""))
            refusals.push(`${keyOf(route)} ${what}: ${res.status} ${code}`);
        }
      }
    });
    expect(refusals).toEqual([]);
  });

  it("let the admin token through the same door (each route is real, not a 404)", async () => {
    const statuses: string[] = [];
    for (const route of staffRoutes().filter((r) => r.method === "GET")) {
      const res = await send(route, credentials(route, TEST_ADMIN_TOKEN));
      await res.arrayBuffer();
      statuses.push(`${keyOf(route)} ${[401, 403].includes(res.status) ? "refused" : "let through"}`);
    }
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s.endsWith("refused"))).toEqual([]);
  });
});
