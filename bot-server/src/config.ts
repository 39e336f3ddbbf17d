import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { DEFAULT_SURVEY_WINDOW, ZLocalDate, addDays, localDateOf, type SurveyWindow } from "@pks02/shared";

/** A configuration problem; its message is one line naming the variable. */
export class ConfigError extends Error {}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));
const url = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: z.string().default(".data"),
  ADMIN_TOKEN: optionalText.pipe(z.string().min(16, "at least 16 characters").optional()),
  SURVEY_START: optionalText.pipe(ZLocalDate.optional()),
  SURVEY_END: optionalText.pipe(ZLocalDate.optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MINI_APP_DIR: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.url().optional()),
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, "at least 16 characters").optional()),
  ZALO_SITE_VERIFICATION: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, "the code of Zalo's domain verification (letters, digits, - and _)")
      .optional(),
  ),
  // Survey intake (issue 3)
  RESPONDENT_HASH_SECRET: optionalText.pipe(z.string().min(16, "at least 16 characters").optional()),
  ZALO_MINI_APP_ID: optionalText,
  ZALO_GRAPH_API_BASE: url("https://graph.zalo.me"),
  DISTRICT_TOKENS: optionalText,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // Zalo group bot (issue 6)
  ZALO_OA_API_BASE: url("https://openapi.zalo.me"),
  ZALO_OAUTH_BASE: url("https://oauth.zaloapp.com"),
  ZALO_APP_ID: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_GROUP_ID: optionalText,
  ZALO_OA_ACCESS_TOKEN: optionalText,
  ZALO_OA_REFRESH_TOKEN: optionalText,
  SCHEDULE_MORNING: clockTime.default("07:00"),
  SCHEDULE_AFTERNOON: clockTime.default("14:00"),
  SCHEDULE_EVENING: clockTime.default("20:00"),
  SCHEDULER_ENABLED: z.enum(["true", "false"]).default("true"),
});
type Env = z.infer<typeof ZEnv>;

/** The names of the environment variables the server reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(ZEnv.shape);

export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

export type ZaloGroupConfig =
  | { mode: "console" }
  | {
      mode: "zalo";
      appId: string;
      appSecret?: string;
      oaSecretKey: string;
      groupId: string;
      oaApiBase: string;
      oauthBase: string;
      initialAccessToken?: string;
      initialRefreshToken?: string;
    };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  adminToken: string;
  /** True when the admin token was generated for the embedded default (print it). */
  adminTokenGenerated: boolean;
  surveyWindow: SurveyWindow;
  /** Where the window came from: configured, the shipped campaign, or opened today for a local try-out. */
  windowSource: "configured" | "campaign" | "today";
  logLevel: Env["LOG_LEVEL"];
  miniAppDir: string;
  publicBaseUrl?: string;
  /** Bearer token for GET /metrics (the admin token works too). */
  metricsToken?: string;
  /** Zalo's domain-verification code: served as a meta tag at / and as zalo_verifier<code>.html. */
  zaloSiteVerification?: string;
  respondentHashSecret: string;
  zaloMiniAppId?: string;
  zaloGraphApiBase: string;
  /** Bearer token → the district code it may see. */
  districtTokens: ReadonlyMap<string, string>;
  rateLimitPerMinute: number;
  zaloGroup: ZaloGroupConfig;
  schedule: { morning: string; afternoon: string; evening: string; enabled: boolean };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "environment"}: ${issue?.message ?? "invalid"}`;
}

/** Secrets the embedded default generates once and keeps in its data folder, so restarts keep them. */
function embeddedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, "secrets.json");
  mkdirSync(dataDir, { recursive: true });
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  if (!secrets[name]) {
    secrets[name] = randomBytes(24).toString("base64url");
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}

function parseDistrictTokens(text: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const entry of (text ?? "").split(",").filter((e) => e.trim() !== "")) {
    const match = /^\s*(\d{3})\s*:\s*(\S{16,})\s*$/.exec(entry);
    if (!match)
      throw new ConfigError("DISTRICT_TOKENS: expected '213:token,215:token' with tokens of 16+ characters");
    tokens.set(match[2]!, match[1]!);
  }
  return tokens;
}

function zaloGroupConfig(env: Env): ZaloGroupConfig {
  const required = {
    ZALO_APP_ID: env.ZALO_APP_ID,
    ZALO_OA_SECRET_KEY: env.ZALO_OA_SECRET_KEY,
    ZALO_GROUP_ID: env.ZALO_GROUP_ID,
  };
  const missing = Object.entries(required)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length === 3) return { mode: "console" };
  if (missing.length > 0)
    throw new ConfigError(
      `${missing.join(", ")}: needed for the Zalo group (or unset all of ZALO_APP_ID, ZALO_OA_SECRET_KEY, ZALO_GROUP_ID for the console group)`,
    );
  return {
    mode: "zalo",
    appId: env.ZALO_APP_ID!,
    appSecret: env.ZALO_APP_SECRET,
    oaSecretKey: env.ZALO_OA_SECRET_KEY!,
    groupId: env.ZALO_GROUP_ID!,
    oaApiBase: env.ZALO_OA_API_BASE.replace(/\/$/, ""),
    oauthBase: env.ZALO_OAUTH_BASE.replace(/\/$/, ""),
    initialAccessToken: env.ZALO_OA_ACCESS_TOKEN,
    initialRefreshToken: env.ZALO_OA_REFRESH_TOKEN,
  };
}

function surveyWindow(
  env: Env,
  embedded: boolean,
  now: Date,
): Pick<AppConfig, "surveyWindow" | "windowSource"> {
  if (env.SURVEY_START || env.SURVEY_END) {
    if (!env.SURVEY_START || !env.SURVEY_END)
      throw new ConfigError("SURVEY_START, SURVEY_END: set both or neither");
    if (env.SURVEY_START > env.SURVEY_END)
      throw new ConfigError("SURVEY_END: must not be before SURVEY_START");
    return { surveyWindow: { start: env.SURVEY_START, end: env.SURVEY_END }, windowSource: "configured" };
  }
  if (!embedded) return { surveyWindow: { ...DEFAULT_SURVEY_WINDOW }, windowSource: "campaign" };
  const today = localDateOf(now);
  return { surveyWindow: { start: today, end: addDays(today, 2) }, windowSource: "today" };
}

/** Read the configuration once from the environment; throws ConfigError with one line naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, now: Date = new Date()): AppConfig {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) throw new ConfigError(firstIssue(parsed.error));
  const env = parsed.data;
  const embedded = env.DATABASE_URL === undefined;
  const dataDir = resolve(env.DATA_DIR);
  if (!embedded && !env.ADMIN_TOKEN) throw new ConfigError("ADMIN_TOKEN: required when DATABASE_URL is set");
  if (!embedded && !env.RESPONDENT_HASH_SECRET)
    throw new ConfigError("RESPONDENT_HASH_SECRET: required when DATABASE_URL is set");
  return {
    port: env.PORT,
    host: env.HOST,
    database: embedded ? { kind: "embedded", dataDir } : { kind: "postgres", url: env.DATABASE_URL! },
    adminToken: env.ADMIN_TOKEN ?? embeddedSecret(dataDir, "adminToken"),
    adminTokenGenerated: !env.ADMIN_TOKEN,
    ...surveyWindow(env, embedded, now),
    logLevel: env.LOG_LEVEL,
    miniAppDir: resolve(env.MINI_APP_DIR ?? join(__dirname, "../../mini-app/www")),
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/$/, ""),
    metricsToken: env.METRICS_TOKEN,
    zaloSiteVerification: env.ZALO_SITE_VERIFICATION,
    respondentHashSecret: env.RESPONDENT_HASH_SECRET ?? embeddedSecret(dataDir, "respondentHashSecret"),
    zaloMiniAppId: env.ZALO_MINI_APP_ID,
    zaloGraphApiBase: env.ZALO_GRAPH_API_BASE.replace(/\/$/, ""),
    districtTokens: parseDistrictTokens(env.DISTRICT_TOKENS),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    zaloGroup: zaloGroupConfig(env),
    schedule: {
      morning: env.SCHEDULE_MORNING,
      afternoon: env.SCHEDULE_AFTERNOON,
      evening: env.SCHEDULE_EVENING,
      enabled: env.SCHEDULER_ENABLED === "true",
    },
  };
}
