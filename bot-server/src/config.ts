import { join, resolve } from "node:path";
import { z } from "zod";
import {
  CampaignFileError,
  DEFAULT_CAMPAIGN_ID,
  ZCampaignId,
  ZLocalDate,
  ZMiniAppId,
  addDays,
  findDistrict,
  localDateOf,
  parseSurveyWindowSetting,
  type CampaignCatalog,
  type SurveyWindow,
} from "@pks02/shared";
import { REPO_CAMPAIGNS_DIR, loadCampaignCatalog } from "./campaigns/load-campaigns";
import { ZTrustProxy, type TrustProxy } from "./http/trust-proxy";
import { embeddedSecret, type EmbeddedSecretName } from "./secrets";

/** A configuration problem; its message is one line naming the variable. */
export class ConfigError extends Error {}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));
const url = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

/** Staff tokens are bearer secrets sent by hand: 32 characters make guessing hopeless even unthrottled. */
export const MIN_TOKEN_LENGTH = 32;
const flag = z.enum(["true", "false"]);

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  DATA_DIR: z.string().default(".data"),
  ADMIN_TOKEN: optionalText.pipe(z.string().min(MIN_TOKEN_LENGTH, "at least 32 characters").optional()),
  SURVEY_START: z.string().optional(),
  SURVEY_END: z.string().optional(),
  CAMPAIGNS_DIR: optionalText,
  DEFAULT_CAMPAIGN: optionalText.pipe(z.optional(ZCampaignId)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MINI_APP_DIR: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.url().optional()),
  METRICS_TOKEN: optionalText.pipe(z.string().min(MIN_TOKEN_LENGTH, "at least 32 characters").optional()),
  ZALO_SITE_VERIFICATION: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, "the code of Zalo's domain verification (letters, digits, - and _)")
      .optional(),
  ),
  // Survey intake: respondent identity, staff tokens, submission rate
  RESPONDENT_HASH_SECRET: optionalText.pipe(z.string().min(16, "at least 16 characters").optional()),
  ZALO_MINI_APP_ID: optionalText.pipe(ZMiniAppId.optional()),
  ALLOW_DEVICE_IDS: optionalText.pipe(flag.optional()),
  TRUST_PROXY: optionalText.pipe(ZTrustProxy),
  AUTH_FAILURES_PER_15_MINUTES: z.coerce.number().int().positive().default(10),
  ZALO_GRAPH_API_BASE: url("https://graph.zalo.me"),
  DISTRICT_TOKENS: optionalText,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // Zalo group bot: OA API, OAuth refresh, the group
  ZALO_OA_API_BASE: url("https://openapi.zalo.me"),
  ZALO_OAUTH_BASE: url("https://oauth.zaloapp.com"),
  ZALO_APP_ID: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_GROUP_ID: optionalText,
  ZALO_GROUPS: optionalText,
  ZALO_OA_ACCESS_TOKEN: optionalText,
  ZALO_OA_REFRESH_TOKEN: optionalText,
  SCHEDULE_MORNING: clockTime.default("07:00"),
  SCHEDULE_AFTERNOON: clockTime.default("14:00"),
  SCHEDULE_EVENING: clockTime.default("20:00"),
  SCHEDULER_ENABLED: flag.default("true"),
  // Helpers' roster: the day it is due (the morning posts before the survey name units still without one)
  ROSTER_DUE_DATE: optionalText.pipe(z.optional(ZLocalDate)),
});
type Env = z.infer<typeof ZEnv>;

/** The names of the environment variables the server reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(ZEnv.shape);

export type DatabaseConfig =
  { kind: "postgres"; url: string; poolSize: number } | { kind: "embedded"; dataDir: string };

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
  /** Every campaign (the repository's `campaigns/` and CAMPAIGNS_DIR), and the default one. */
  campaigns: CampaignCatalog;
  /** The default campaign's days. */
  surveyWindow: SurveyWindow;
  /** Where the default campaign's window came from: configured, its file, or opened today for a local try-out. */
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
  /** Device ids accepted as respondents: the local default, or ALLOW_DEVICE_IDS=true (marked in reports). */
  allowDeviceIds: boolean;
  /** ZALO_APP_SECRET, for appsecret_proof on Graph API calls. */
  zaloAppSecret?: string;
  zaloGraphApiBase: string;
  /** Which hops in X-Forwarded-For are trusted proxies (Express's "trust proxy"); false: none. */
  trustProxy: TrustProxy;
  /** Failed staff authentications per client address per 15 minutes before 429. */
  authFailuresPer15Minutes: number;
  /** Bearer token → the district code it may see. */
  districtTokens: ReadonlyMap<string, string>;
  rateLimitPerMinute: number;
  zaloGroup: ZaloGroupConfig;
  /** District code → that district's own group (console mode: the scopes the console shows separately). */
  districtGroups: ReadonlyMap<string, string>;
  schedule: { morning: string; afternoon: string; evening: string; enabled: boolean };
  /** The day the helpers' roster is due; default: five days before the survey starts. */
  rosterDueDate: string;
}

// The plan has the roster published at the offices before the survey: 07/6 for a survey opening on 12/6.
const ROSTER_LEAD_DAYS = 5;

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "environment"}: ${issue?.message ?? "invalid"}`;
}

/** Frozen all the way down: configuration is read once and never changed afterwards. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function parseDistrictTokens(text: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const entry of (text ?? "").split(",").filter((e) => e.trim() !== "")) {
    const match = /^\s*(\d{3})\s*:\s*(\S+)\s*$/.exec(entry);
    if (!match || match[2]!.length < MIN_TOKEN_LENGTH)
      throw new ConfigError("DISTRICT_TOKENS: expected '213:token,215:token' with tokens of 32+ characters");
    tokens.set(match[2]!, match[1]!);
  }
  return tokens;
}

/** "province:<id>,213:<id>": the province group and any district's own group. */
function parseZaloGroups(text: string | undefined): { province?: string; districts: Map<string, string> } {
  const districts = new Map<string, string>();
  let province: string | undefined;
  for (const entry of (text ?? "").split(",").filter((e) => e.trim() !== "")) {
    const match = /^\s*(province|\d{3})\s*:\s*([\w-]{1,64})\s*$/.exec(entry);
    const known = match && (match[1] === "province" || findDistrict(match[1]!));
    if (!match || !known)
      throw new ConfigError(
        "ZALO_GROUPS: expected 'province:<group id>,213:<group id>' with known district codes",
      );
    if (match[1] === "province") province = match[2]!;
    else districts.set(match[1]!, match[2]!);
  }
  return { province, districts };
}

function zaloGroupConfig(env: Env): ZaloGroupConfig {
  const groups = parseZaloGroups(env.ZALO_GROUPS);
  if (groups.province && env.ZALO_GROUP_ID && groups.province !== env.ZALO_GROUP_ID)
    throw new ConfigError("ZALO_GROUPS: its province group differs from ZALO_GROUP_ID (set one of them)");
  const required = {
    ZALO_APP_ID: env.ZALO_APP_ID,
    ZALO_OA_SECRET_KEY: env.ZALO_OA_SECRET_KEY,
    ZALO_GROUP_ID: env.ZALO_GROUP_ID ?? groups.province,
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
    groupId: required.ZALO_GROUP_ID!,
    oaApiBase: env.ZALO_OA_API_BASE.replace(/\/$/, ""),
    oauthBase: env.ZALO_OAUTH_BASE.replace(/\/$/, ""),
    initialAccessToken: env.ZALO_OA_ACCESS_TOKEN,
    initialRefreshToken: env.ZALO_OA_REFRESH_TOKEN,
  };
}

const WINDOW_PROBLEMS = {
  "not-a-date": "a real local date, YYYY-MM-DD",
  "set-both": "set both SURVEY_START and SURVEY_END, or neither",
  "end-before-start": "must not be before SURVEY_START",
} as const;

/** The default campaign's days when they are not its file's: SURVEY_START/SURVEY_END, or today when embedded. */
function windowOverride(
  env: Env,
  embedded: boolean,
  now: Date,
): { window?: SurveyWindow; source: AppConfig["windowSource"] } {
  const setting = parseSurveyWindowSetting(env.SURVEY_START, env.SURVEY_END);
  if (!setting.ok) throw new ConfigError(`${setting.variable}: ${WINDOW_PROBLEMS[setting.problem]}`);
  if (setting.window) return { window: setting.window, source: "configured" };
  if (!embedded) return { source: "campaign" };
  const today = localDateOf(now);
  return { window: { start: today, end: addDays(today, 2) }, source: "today" };
}

/** The campaigns and the default one's window; a bad campaign file is a ConfigError naming file and field. */
function campaigns(env: Env, embedded: boolean, now: Date) {
  const override = windowOverride(env, embedded, now);
  const directories = [REPO_CAMPAIGNS_DIR, ...(env.CAMPAIGNS_DIR ? [resolve(env.CAMPAIGNS_DIR)] : [])];
  try {
    const catalog = loadCampaignCatalog({
      directories,
      defaultCampaignId: env.DEFAULT_CAMPAIGN ?? DEFAULT_CAMPAIGN_ID,
      defaultWindow: override.window,
    });
    return {
      campaigns: catalog,
      surveyWindow: catalog.defaultCampaign.window,
      windowSource: override.source,
    };
  } catch (error) {
    if (error instanceof CampaignFileError) throw new ConfigError(`campaign file ${error.message}`);
    throw error;
  }
}

/**
 * Device ids prove nothing (a client can send a fresh one per request), so a production database takes them
 * only when ALLOW_DEVICE_IDS=true says so; otherwise it needs the Mini App id to verify Zalo tokens.
 */
function allowDeviceIds(env: Env, embedded: boolean): boolean {
  const allowed = env.ALLOW_DEVICE_IDS ? env.ALLOW_DEVICE_IDS === "true" : embedded && !env.ZALO_MINI_APP_ID;
  if (!allowed && !env.ZALO_MINI_APP_ID)
    throw new ConfigError(
      `ZALO_MINI_APP_ID: required ${embedded ? "when ALLOW_DEVICE_IDS=false" : "when DATABASE_URL is set"} (or ALLOW_DEVICE_IDS=true to accept unverified device ids)`,
    );
  return allowed;
}

/** The secrets that the environment may leave to the embedded default (secrets.ts generates and keeps them). */
export type SecretSource = (dataDir: string, name: EmbeddedSecretName) => string;

/**
 * Parse the environment (no I/O but the campaign files and `secretOf`, asked only for an unset secret on the
 * embedded default); throws ConfigError with one line naming the variable.
 */
export function parseConfig(source: NodeJS.ProcessEnv, now: Date, secretOf: SecretSource): AppConfig {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) throw new ConfigError(firstIssue(parsed.error));
  const env = parsed.data;
  const embedded = env.DATABASE_URL === undefined;
  const dataDir = resolve(env.DATA_DIR);
  const campaignSetup = campaigns(env, embedded, now);
  if (!embedded && !env.ADMIN_TOKEN) throw new ConfigError("ADMIN_TOKEN: required when DATABASE_URL is set");
  if (!embedded && !env.RESPONDENT_HASH_SECRET)
    throw new ConfigError("RESPONDENT_HASH_SECRET: required when DATABASE_URL is set");
  return deepFreeze({
    port: env.PORT,
    host: env.HOST,
    database: embedded
      ? { kind: "embedded", dataDir }
      : { kind: "postgres", url: env.DATABASE_URL!, poolSize: env.DATABASE_POOL_SIZE },
    adminToken: env.ADMIN_TOKEN ?? secretOf(dataDir, "adminToken"),
    adminTokenGenerated: !env.ADMIN_TOKEN,
    ...campaignSetup,
    logLevel: env.LOG_LEVEL,
    miniAppDir: resolve(env.MINI_APP_DIR ?? join(__dirname, "../../mini-app/www")),
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/$/, ""),
    metricsToken: env.METRICS_TOKEN,
    zaloSiteVerification: env.ZALO_SITE_VERIFICATION,
    respondentHashSecret: env.RESPONDENT_HASH_SECRET ?? secretOf(dataDir, "respondentHashSecret"),
    zaloMiniAppId: env.ZALO_MINI_APP_ID,
    allowDeviceIds: allowDeviceIds(env, embedded),
    zaloAppSecret: env.ZALO_APP_SECRET,
    trustProxy: env.TRUST_PROXY,
    authFailuresPer15Minutes: env.AUTH_FAILURES_PER_15_MINUTES,
    zaloGraphApiBase: env.ZALO_GRAPH_API_BASE.replace(/\/$/, ""),
    districtTokens: parseDistrictTokens(env.DISTRICT_TOKENS),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    zaloGroup: zaloGroupConfig(env),
    districtGroups: parseZaloGroups(env.ZALO_GROUPS).districts,
    schedule: {
      morning: env.SCHEDULE_MORNING,
      afternoon: env.SCHEDULE_AFTERNOON,
      evening: env.SCHEDULE_EVENING,
      enabled: env.SCHEDULER_ENABLED === "true",
    },
    rosterDueDate: env.ROSTER_DUE_DATE ?? addDays(campaignSetup.surveyWindow.start, -ROSTER_LEAD_DAYS),
  });
}

/** Read the configuration once from the environment, the embedded default's secrets from its data folder. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, now: Date = new Date()): AppConfig {
  return parseConfig(source, now, embeddedSecret);
}
