import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { z } from "zod";

/** Zalo's version types for an upload (zmp-cli-core's DeployType). */
export const VERSION_TYPES = { development: 0, testing: 2 } as const;
export type VersionType = keyof typeof VERSION_TYPES;

/** Zalo's developer API, where zmp-cli uploads; tests point ZMP_API_BASE at a local fake. */
export const ZMP_API_BASE = "https://zmp-api.developers.zalo.me";

/** Everything a deploy needs, already checked. */
export interface DeployOptions {
  /** The bot server's public HTTPS address, baked into the build (VITE_API_BASE). */
  apiBase: string;
  /** Where the build is staged and the zip left: `<stageDir>/www`, `<stageDir>/app-config.json`, `<stageDir>/www.zip`. */
  stageDir: string;
  dryRun: boolean;
  versionType: VersionType;
  description: string;
  /** Only for an upload: the Mini App and a deploy token (or a Zalo access token to exchange for one). */
  upload?: { miniAppId: string; deployToken?: string; accessToken?: string; apiBase: string };
}

export type ParsedDeployCommand =
  { type: "run"; options: DeployOptions } | { type: "error"; message: string };

export const DEPLOY_USAGE = `Cách dùng: npm run deploy:mini-app -- [--dry-run] [--version testing|development] [--description "<mô tả>"] [--out <thư mục>]
  --dry-run      build, kiểm tra và nén, KHÔNG tải lên; để lại tệp zip để xem
  --version      loại phiên bản trên Zalo: testing (mặc định) hoặc development
  --out          thư mục chuẩn bị gói (mặc định .deploy/mini-app)
Biến môi trường: VITE_API_BASE (địa chỉ HTTPS của máy chủ, bắt buộc); để tải lên: ZALO_MINI_APP_ID và
ZMP_DEPLOY_TOKEN (mã triển khai của zmp-cli) hoặc ZALO_DEPLOY_ACCESS_TOKEN (access token Zalo của quản trị viên Mini App).`;

const blankAsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

const ZDeployEnv = z.object({
  VITE_API_BASE: optional(z.url({ protocol: /^https$/ })),
  ZALO_MINI_APP_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,32}$/),
  ),
  ZMP_DEPLOY_TOKEN: optional(z.string().trim().min(8)),
  ZALO_DEPLOY_ACCESS_TOKEN: optional(z.string().trim().min(8)),
  ZMP_API_BASE: z.preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).default(ZMP_API_BASE)),
});

const ZDeployArgs = z.object({
  "dry-run": z.boolean().default(false),
  version: z.enum(["testing", "development"]).default("testing"),
  description: z.string().trim().min(1).max(200).default("PKS02: bản cập nhật"),
  out: z.string().trim().min(1).default(".deploy/mini-app"),
});

// Words for the operator, per refused variable or flag.
const PROBLEMS: Record<string, string> = {
  VITE_API_BASE: "VITE_API_BASE phải là địa chỉ https:// của máy chủ PKS02 (Mini App gọi API từ h5.zdn.vn).",
  ZALO_MINI_APP_ID: "ZALO_MINI_APP_ID chỉ gồm chữ số (mã Mini App trên mini.zalo.me).",
  ZMP_DEPLOY_TOKEN: "ZMP_DEPLOY_TOKEN không hợp lệ.",
  ZALO_DEPLOY_ACCESS_TOKEN: "ZALO_DEPLOY_ACCESS_TOKEN không hợp lệ.",
  ZMP_API_BASE: "ZMP_API_BASE phải là một địa chỉ http(s)://.",
  version: "--version chỉ nhận testing hoặc development.",
  description: "--description cần 1–200 ký tự.",
};

function problemOf(error: z.ZodError): string {
  const field = String(error.issues[0]?.path[0] ?? "");
  return PROBLEMS[field] ?? `Tham số không hợp lệ: ${field}`;
}

function uploadSettings(env: z.infer<typeof ZDeployEnv>): DeployOptions["upload"] | string {
  if (!env.ZALO_MINI_APP_ID)
    return "Thiếu ZALO_MINI_APP_ID (mã Mini App) để tải lên; hoặc chạy với --dry-run.";
  if (!env.ZMP_DEPLOY_TOKEN && !env.ZALO_DEPLOY_ACCESS_TOKEN)
    return "Thiếu ZMP_DEPLOY_TOKEN hoặc ZALO_DEPLOY_ACCESS_TOKEN để tải lên; hoặc chạy với --dry-run.";
  return {
    miniAppId: env.ZALO_MINI_APP_ID,
    deployToken: env.ZMP_DEPLOY_TOKEN,
    accessToken: env.ZALO_DEPLOY_ACCESS_TOKEN,
    apiBase: env.ZMP_API_BASE.replace(/\/+$/, ""),
  };
}

/** Parse the command line and environment once; a refusal names the flag or variable, in Vietnamese. */
export function parseDeployCommand(
  argv: string[],
  source: NodeJS.ProcessEnv,
  cwd: string,
): ParsedDeployCommand {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        "dry-run": { type: "boolean" },
        version: { type: "string" },
        description: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    return { type: "error", message: `${(error as Error).message}\n${DEPLOY_USAGE}` };
  }
  const args = ZDeployArgs.safeParse(values);
  if (!args.success) return { type: "error", message: problemOf(args.error) };
  const env = ZDeployEnv.safeParse(source);
  if (!env.success) return { type: "error", message: problemOf(env.error) };
  if (!env.data.VITE_API_BASE) return { type: "error", message: PROBLEMS.VITE_API_BASE! };
  const upload = args.data["dry-run"] ? undefined : uploadSettings(env.data);
  if (typeof upload === "string") return { type: "error", message: upload };
  return {
    type: "run",
    options: {
      apiBase: env.data.VITE_API_BASE.replace(/\/+$/, ""),
      stageDir: resolve(cwd, args.data.out),
      dryRun: args.data["dry-run"],
      versionType: args.data.version,
      description: args.data.description,
      upload,
    },
  };
}
