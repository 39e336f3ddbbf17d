import { csrfTokenOf, isCsrfTokenValid, openSession, readSession, SESSION_HOURS } from "./session";

const config = {
  adminToken: "admin-token-for-session-tests-0123456789",
  districtTokens: new Map([["district-215-token-for-session-tests-012345", "215"]]),
  respondentHashSecret: "respondent-hash-secret-for-session-tests",
};
const now = new Date("2024-06-12T03:00:00Z");
const hoursLater = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("dashboard sessions", () => {
  it("a session opened with a district token reads back as that district's staff until it expires", () => {
    const cookie = openSession(
      config,
      "district-215-token-for-session-tests-012345",
      { kind: "district", districtCode: "215" },
      now,
    );
    expect(readSession(config, cookie, hoursLater(SESSION_HOURS - 0.01))?.staff).toEqual({
      kind: "district",
      districtCode: "215",
    });
    expect(readSession(config, cookie, hoursLater(SESSION_HOURS))).toBeUndefined();
  });

  it("a cookie whose content was changed (another district, admin) is refused", () => {
    const cookie = openSession(
      config,
      "district-215-token-for-session-tests-012345",
      { kind: "district", districtCode: "215" },
      now,
    );
    const [body, signature] = cookie.split(".");
    const payload = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    const forged = Buffer.from(JSON.stringify({ ...payload, scope: "admin" })).toString("base64url");
    expect(readSession(config, `${forged}.${signature}`, now)).toBeUndefined();
    expect(readSession(config, `${body}.${signature}x`, now)).toBeUndefined();
    expect(readSession(config, "garbage", now)).toBeUndefined();
    expect(readSession(config, undefined, now)).toBeUndefined();
  });

  it("when the token that opened a session is changed in the configuration, the session ends", () => {
    const cookie = openSession(config, config.adminToken, { kind: "admin" }, now);
    expect(readSession(config, cookie, now)?.staff).toEqual({ kind: "admin" });
    expect(
      readSession({ ...config, adminToken: "another-admin-token-0123456789abcdef" }, cookie, now),
    ).toBeUndefined();
  });

  it("a CSRF token is valid only for the binding it was made for", () => {
    const token = csrfTokenOf(config, "session:abc");
    expect(isCsrfTokenValid(config, "session:abc", token)).toBe(true);
    expect(isCsrfTokenValid(config, "session:abd", token)).toBe(false);
    expect(isCsrfTokenValid(config, "session:abc", undefined)).toBe(false);
    expect(isCsrfTokenValid(config, "session:abc", ["x"])).toBe(false);
  });
});
