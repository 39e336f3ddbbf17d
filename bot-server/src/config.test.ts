import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig, parseConfig } from "./config";

const pgEnv = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/pks02",
  ADMIN_TOKEN: "admin-token-0123456789-0123456789abc",
  RESPONDENT_HASH_SECRET: "secret-0123456789abcdef",
  ZALO_MINI_APP_ID: "3010090187281842176",
};

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "no error";
}

describe("loadConfig", () => {
  it("on PostgreSQL with no window runs the campaign of 12–14/6/2024", () => {
    const config = loadConfig(pgEnv);
    expect(config.surveyWindow).toEqual({ start: "2024-06-12", end: "2024-06-14" });
    expect(config.windowSource).toBe("campaign");
    expect(config.port).toBe(8080);
    expect(config.zaloGroup).toEqual({ mode: "console" });
  });

  it("takes a configured window", () => {
    const config = loadConfig({ ...pgEnv, SURVEY_START: "2024-06-10", SURVEY_END: "2024-06-20" });
    expect(config.surveyWindow).toEqual({ start: "2024-06-10", end: "2024-06-20" });
  });

  it.each([
    [{ PORT: "http" }, /^PORT:/],
    [{ PORT: "70000" }, /^PORT:/],
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL:/],
    [{ ADMIN_TOKEN: "" }, /^ADMIN_TOKEN: required/],
    [{ ADMIN_TOKEN: "short" }, /^ADMIN_TOKEN:/],
    [{ ADMIN_TOKEN: "a".repeat(31) }, /^ADMIN_TOKEN: at least 32/],
    [{ ZALO_MINI_APP_ID: "" }, /^ZALO_MINI_APP_ID: required when DATABASE_URL is set/],
    [{ ALLOW_DEVICE_IDS: "yes" }, /^ALLOW_DEVICE_IDS:/],
    [{ TRUST_PROXY: "everything" }, /^TRUST_PROXY:/],
    [{ TRUST_PROXY: "10.0.0.0/33" }, /^TRUST_PROXY:/],
    [{ DISTRICT_TOKENS: `213:${"b".repeat(31)}` }, /^DISTRICT_TOKENS:.*32/],
    [{ RESPONDENT_HASH_SECRET: "" }, /^RESPONDENT_HASH_SECRET: required/],
    [{ SURVEY_START: "12/06/2024", SURVEY_END: "2024-06-14" }, /^SURVEY_START:/],
    [{ SURVEY_START: "2024-06-12" }, /^SURVEY_END: set both SURVEY_START and SURVEY_END, or neither/],
    [{ ZALO_MINI_APP_ID: "my-app" }, /^ZALO_MINI_APP_ID: digits only/],
    [{ SURVEY_START: "2024-06-15", SURVEY_END: "2024-06-12" }, /^SURVEY_END:/],
    [{ DISTRICT_TOKENS: "213tokenA" }, /^DISTRICT_TOKENS:/],
    [{ ZALO_APP_ID: "123" }, /^ZALO_OA_SECRET_KEY, ZALO_GROUP_ID:/],
    [{ SCHEDULE_MORNING: "7h" }, /^SCHEDULE_MORNING:/],
  ])("stops on %p with one line naming the variable", (override, pattern) => {
    const message = errorOf({ ...pgEnv, ...override });
    expect(message).toMatch(pattern);
    expect(message).not.toContain("\n");
  });

  it("parses district tokens and the real Zalo group", () => {
    const config = loadConfig({
      ...pgEnv,
      DISTRICT_TOKENS: "213:tokenA-0123456789ab-0123456789ab, 215:tokenB-0123456789ab-0123456789ab",
      ZALO_APP_ID: "app",
      ZALO_OA_SECRET_KEY: "oa-secret",
      ZALO_GROUP_ID: "group",
      ZALO_OA_API_BASE: "http://127.0.0.1:9/",
    });
    expect([...config.districtTokens]).toEqual([
      ["tokenA-0123456789ab-0123456789ab", "213"],
      ["tokenB-0123456789ab-0123456789ab", "215"],
    ]);
    expect(config.zaloGroup).toMatchObject({
      mode: "zalo",
      appId: "app",
      groupId: "group",
      oaApiBase: "http://127.0.0.1:9",
    });
  });

  it("is frozen once read, so no module can change what another one sees", () => {
    const config = loadConfig(pgEnv);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.surveyWindow)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it("asks for generated secrets only on the embedded default, and only for those not set", () => {
    const asked: string[] = [];
    const secretOf = (_dataDir: string, name: string) => {
      asked.push(name);
      return `generated-${name}-0123456789`;
    };
    parseConfig(pgEnv, new Date(), secretOf);
    expect(asked).toEqual([]);
    const embedded = parseConfig({ ADMIN_TOKEN: "admin-token-0123456789-0123456789" }, new Date(), secretOf);
    expect(asked).toEqual(["respondentHashSecret"]);
    expect(embedded.respondentHashSecret).toBe("generated-respondentHashSecret-0123456789");
    expect(embedded.adminTokenGenerated).toBe(false);
  });

  it("on PostgreSQL refuses device ids unless ALLOW_DEVICE_IDS=true says otherwise", () => {
    expect(loadConfig(pgEnv).allowDeviceIds).toBe(false);
    const { ZALO_MINI_APP_ID: _id, ...noApp } = pgEnv;
    expect(loadConfig({ ...noApp, ALLOW_DEVICE_IDS: "true" }).allowDeviceIds).toBe(true);
    expect(loadConfig({ ...pgEnv, ALLOW_DEVICE_IDS: "true" }).allowDeviceIds).toBe(true);
  });

  it("on the embedded default takes device ids unless a Mini App id is configured", () => {
    const dir = { DATA_DIR: mkdtempSync(join(tmpdir(), "pks02-config-")) };
    expect(loadConfig(dir).allowDeviceIds).toBe(true);
    expect(loadConfig({ ...dir, ZALO_MINI_APP_ID: "301" }).allowDeviceIds).toBe(false);
    expect(errorOf({ ...dir, ALLOW_DEVICE_IDS: "false" })).toMatch(/^ZALO_MINI_APP_ID: required/);
  });

  it.each([
    [undefined, false],
    ["false", false],
    ["1", 1],
    ["10.0.0.1", ["10.0.0.1"]],
    ["loopback, 10.0.0.0/8, fd00::/8", ["loopback", "10.0.0.0/8", "fd00::/8"]],
  ])("reads TRUST_PROXY=%p as %p", (value, expected) => {
    const env = value === undefined ? pgEnv : { ...pgEnv, TRUST_PROXY: value };
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });
});
