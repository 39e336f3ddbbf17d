import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  CampaignFileError,
  DEFAULT_CAMPAIGN_ID,
  ZCampaignId,
  ZMiniAppId,
  parseSurveyWindowSetting,
  type Campaign,
  type CampaignCatalog,
  type Commune,
  type SurveyWindow,
} from "@pks02/shared";
import { REPO_CAMPAIGNS_DIR, loadCampaignCatalog } from "@pks02/bot-server/src/campaigns/load-campaigns";
import { selectCommunes, type CommuneSelection } from "./selection";

/** Everything `generateQrKit` needs, already checked. */
export interface QrKitOptions {
  outDir: string;
  /** null: no Mini App id; the codes point at a placeholder and every page says "MẪU – KHÔNG IN". */
  miniAppId: string | null;
  /** The round the codes open: its form's title on the posters, its short title on the lists. */
  campaign: Campaign;
  /**
   * The campaign id the links carry (`?campaign=…`), so a code opens its round whatever the server's default;
   * null: no campaign in the link (the server's default campaign answers, as on codes printed before campaigns).
   */
  linkCampaignId: string | null;
  communes: readonly Commune[];
  window: SurveyWindow;
  /** The file of GET /api/admin/registration-codes: the lists then carry them (the posters never). */
  registrationCodesFile: string | null;
}

export type ParsedCommand =
  | { type: "run"; options: QrKitOptions }
  | { type: "help" }
  | { type: "error"; message: string; hint?: string };

export const USAGE = `Cách dùng: npm run qr -- --out <thư mục> [--campaign <mã đợt>] [--app-id <miniAppId>] [--communes <mã,...> | --district <mã>] [--placeholder]
  --campaign     đợt khảo sát (mã trong tệp campaigns/, hoặc thư mục CAMPAIGNS_DIR); mặc định: đợt mặc định
                 (DEFAULT_CAMPAIGN, nếu không đặt: ${DEFAULT_CAMPAIGN_ID}). Khi có --campaign, mã QR ghi mã đợt.
  --app-id       mã Zalo Mini App (hoặc biến môi trường ZALO_MINI_APP_ID)
  --communes     chỉ các xã/phường/thị trấn này của đợt, ví dụ 07201,07441
  --district     chỉ các đơn vị của một huyện, ví dụ 213 (đợt có cấp huyện)
  --placeholder  chưa có mã Mini App: vẫn tạo bản xem thử, mọi trang in chữ "MẪU – KHÔNG IN"
  --registration-codes <tệp>  tệp JSON của GET /api/admin/registration-codes: danh sách (không phải áp phích)
                 in mã đăng ký của từng xã và huyện, để giao tổ trưởng tổ công tác
Ngày khảo sát: theo tệp của đợt; SURVEY_START, SURVEY_END (YYYY-MM-DD) thay ngày của đợt mặc định, như ở máy chủ.`;

const blankAsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

// The same variables as the server's, by the same shared rules (parseSurveyWindowSetting, ZMiniAppId).
const ZQrEnv = z.object({
  ZALO_MINI_APP_ID: z.preprocess(blankAsMissing, ZMiniAppId.optional()),
  CAMPAIGNS_DIR: z.preprocess(blankAsMissing, z.string().optional()),
  DEFAULT_CAMPAIGN: z.preprocess(blankAsMissing, z.optional(ZCampaignId)),
  SURVEY_START: z.string().optional(),
  SURVEY_END: z.string().optional(),
});

const ZCodeList = z
  .string()
  .transform((list) => [...new Set(list.split(",").map((code) => code.trim()))].filter((code) => code !== ""))
  .pipe(z.array(z.string()).min(1));

const ZQrArgs = z.object({
  out: z.string().trim().min(1),
  campaign: z.optional(ZCampaignId),
  "app-id": ZMiniAppId.optional(),
  communes: ZCodeList.optional(),
  district: z.string().trim().min(1).optional(),
  placeholder: z.boolean().default(false),
  "registration-codes": z.string().trim().min(1).optional(),
});

// Why a field was refused, in words for the operator (zod's own messages are for developers).
const FIELD_PROBLEMS: Record<string, string> = {
  out: "thiếu --out <thư mục>",
  campaign:
    "--campaign cần mã đợt khảo sát (chữ thường, chữ số, dấu gạch ngang), ví dụ pks02-bac-giang-2024-06",
  DEFAULT_CAMPAIGN: "biến DEFAULT_CAMPAIGN phải là mã đợt khảo sát (chữ thường, chữ số, dấu gạch ngang)",
  "app-id": "--app-id phải là dãy chữ số (mã Zalo Mini App)",
  communes: "--communes cần ít nhất một mã, ví dụ 07201,07441",
  district: "--district cần một mã huyện, ví dụ 213",
  "registration-codes": "--registration-codes cần đường dẫn tệp JSON",
  ZALO_MINI_APP_ID: "biến ZALO_MINI_APP_ID phải là dãy chữ số (mã Zalo Mini App)",
};

const WINDOW_PROBLEMS = {
  "not-a-date": "phải là một ngày có thật dạng YYYY-MM-DD",
  "set-both": "đặt cả SURVEY_START và SURVEY_END, hoặc không đặt biến nào",
  "end-before-start": "không được sớm hơn SURVEY_START",
} as const;

const OPTION_SPEC = {
  out: { type: "string" },
  campaign: { type: "string" },
  "app-id": { type: "string" },
  communes: { type: "string" },
  district: { type: "string" },
  placeholder: { type: "boolean" },
  "registration-codes": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parse the command line and environment once, at the edge; every refusal is one line for the operator. */
export function parseQrCommand(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): ParsedCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: OPTION_SPEC,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return {
      type: "error",
      message: `Tham số không hợp lệ: ${(error as Error).message} (xem: npm run qr -- --help).`,
    };
  }
  if (values.help === true) return { type: "help" };
  const args = ZQrArgs.safeParse(values);
  if (!args.success) return fieldError(args.error);
  const envValues = ZQrEnv.safeParse(env);
  if (!envValues.success) return fieldError(envValues.error);
  return buildOptions(args.data, envValues.data);
}

function buildOptions(args: z.infer<typeof ZQrArgs>, env: z.infer<typeof ZQrEnv>): ParsedCommand {
  const setting = parseSurveyWindowSetting(env.SURVEY_START, env.SURVEY_END);
  if (!setting.ok) {
    const problem = WINDOW_PROBLEMS[setting.problem];
    return { type: "error", message: `Tham số không hợp lệ: biến ${setting.variable} ${problem}.` };
  }
  const catalog = readCatalog(env, setting.window);
  if ("message" in catalog) return { type: "error", message: catalog.message };
  const campaign = args.campaign === undefined ? catalog.defaultCampaign : catalog.find(args.campaign);
  if (campaign === undefined) return unknownCampaign(args.campaign ?? "", catalog);
  const selection = toSelection(args);
  if ("message" in selection) return { type: "error", message: selection.message };
  const selected = selectCommunes(campaign.units, selection);
  if (!selected.ok) return { type: "error", message: selected.message };
  const miniAppId = args["app-id"] ?? env.ZALO_MINI_APP_ID ?? null;
  if (miniAppId === null && !args.placeholder) return missingAppId();
  return {
    type: "run",
    options: {
      outDir: args.out,
      miniAppId,
      campaign,
      linkCampaignId: args.campaign ?? null,
      communes: selected.communes,
      window: campaign.window,
      registrationCodesFile: args["registration-codes"] ?? null,
    },
  };
}

/** The campaigns the server would know (the repository's and CAMPAIGNS_DIR's), by the server's loader. */
function readCatalog(
  env: z.infer<typeof ZQrEnv>,
  defaultWindow: SurveyWindow | null,
): CampaignCatalog | { message: string } {
  const directories = [REPO_CAMPAIGNS_DIR, ...(env.CAMPAIGNS_DIR ? [resolve(env.CAMPAIGNS_DIR)] : [])];
  try {
    return loadCampaignCatalog({
      directories,
      defaultCampaignId: env.DEFAULT_CAMPAIGN ?? DEFAULT_CAMPAIGN_ID,
      defaultWindow: defaultWindow ?? undefined,
    });
  } catch (error) {
    if (error instanceof CampaignFileError)
      return { message: `Tệp đợt khảo sát không hợp lệ: ${error.message}. Không tạo tệp nào.` };
    throw error;
  }
}

function unknownCampaign(id: string, catalog: CampaignCatalog): ParsedCommand {
  const known = catalog.campaigns.map((c) => c.id).join(", ");
  return {
    type: "error",
    message: `Không có đợt khảo sát mang mã ${id} (--campaign). Các đợt có: ${known}. Không tạo tệp nào.`,
  };
}

function toSelection(args: z.infer<typeof ZQrArgs>): CommuneSelection | { message: string } {
  if (args.communes !== undefined && args.district !== undefined) {
    return { message: "Chỉ dùng một trong hai: --communes hoặc --district." };
  }
  if (args.communes !== undefined) return { type: "codes", communeCodes: args.communes };
  if (args.district !== undefined) return { type: "district", districtCode: args.district };
  return { type: "all" };
}

function missingAppId(): ParsedCommand {
  return {
    type: "error",
    message:
      "Chưa có mã Zalo Mini App: mã QR sẽ trỏ tới một đường dẫn giả, quét không mở được phiếu. Không tạo tệp nào.",
    hint:
      "Đặt mã: ZALO_MINI_APP_ID=<mã> npm run qr -- --out <thư mục>, hoặc thêm --app-id <mã>.\n" +
      'Chỉ để xem thử bố cục: thêm --placeholder (mọi trang sẽ in chữ "MẪU – KHÔNG IN").',
  };
}

function fieldError(error: z.ZodError): ParsedCommand {
  const field = String(error.issues[0]?.path[0] ?? "");
  const problem = FIELD_PROBLEMS[field] ?? `${field}: ${error.issues[0]?.message ?? "không hợp lệ"}`;
  return { type: "error", message: `Tham số không hợp lệ: ${problem}.` };
}
