import { ConfigError, loadConfig, parseConfig } from "./config";

const pgEnv = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/pks02",
  ADMIN_TOKEN: "admin-token-0123456789",
  RESPONDENT_HASH_SECRET: "secret-0123456789abcdef",
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
      DISTRICT_TOKENS: "213:tokenA-0123456789ab, 215:tokenB-0123456789ab",
      ZALO_APP_ID: "app",
      ZALO_OA_SECRET_KEY: "oa-secret",
      ZALO_GROUP_ID: "group",
      ZALO_OA_API_BASE: "http://127.0.0.1:9/",
    });
    expect([...config.districtTokens]).toEqual([
      ["tokenA-0123456789ab", "213"],
      ["tokenB-0123456789ab", "215"],
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
    const embedded = parseConfig({ ADMIN_TOKEN: "admin-token-0123456789" }, new Date(), secretOf);
    expect(asked).toEqual(["respondentHashSecret"]);
    expect(embedded.respondentHashSecret).toBe("generated-respondentHashSecret-0123456789");
    expect(embedded.adminTokenGenerated).toBe(false);
  });
});
