import { parseArgs } from "node:util";
import { z } from "zod";
import {
  DEFAULT_SURVEY_WINDOW,
  ZMiniAppId,
  parseSurveyWindowSetting,
  type Commune,
  type SurveyWindow,
} from "@pks02/shared";
import { selectCommunes, type CommuneSelection } from "./selection";

/** Everything `generateQrKit` needs, already checked. */
export interface QrKitOptions {
  outDir: string;
  /** null: no Mini App id; the codes point at a placeholder and every page says "MẪU – KHÔNG IN". */
  miniAppId: string | null;
  communes: readonly Commune[];
  window: SurveyWindow;
  /** The file of GET /api/admin/registration-codes: the lists then carry them (the posters never). */
  registrationCodesFile: string | null;
}

export type ParsedCommand =
  | { type: "run"; options: QrKitOptions }
  | { type: "help" }
  | { type: "error"; message: string; hint?: string };

export const USAGE = `Cách dùng: npm run qr -- --out <thư mục> [--app-id <miniAppId>] [--communes <mã,...> | --district <mã>] [--placeholder]
  --app-id       mã Zalo Mini App (hoặc biến môi trường ZALO_MINI_APP_ID)
  --communes     chỉ các xã/phường/thị trấn này, ví dụ 07201,07441
  --district     chỉ các đơn vị của một huyện, ví dụ 213
  --placeholder  chưa có mã Mini App: vẫn tạo bản xem thử, mọi trang in chữ "MẪU – KHÔNG IN"
  --registration-codes <tệp>  tệp JSON của GET /api/admin/registration-codes: danh sách (không phải áp phích)
                 in mã đăng ký của từng xã và huyện, để giao tổ trưởng tổ công tác
Ngày khảo sát: SURVEY_START, SURVEY_END (YYYY-MM-DD), mặc định ${DEFAULT_SURVEY_WINDOW.start}..${DEFAULT_SURVEY_WINDOW.end}.`;

const blankAsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

// The same variables as the server's, by the same shared rules (parseSurveyWindowSetting, ZMiniAppId).
const ZQrEnv = z.object({
  ZALO_MINI_APP_ID: z.preprocess(blankAsMissing, ZMiniAppId.optional()),
  SURVEY_START: z.string().optional(),
  SURVEY_END: z.string().optional(),
});

const ZCodeList = z
  .string()
  .transform((list) => [...new Set(list.split(",").map((code) => code.trim()))].filter((code) => code !== ""))
  .pipe(z.array(z.string()).min(1));

const ZQrArgs = z.object({
  out: z.string().trim().min(1),
  "app-id": ZMiniAppId.optional(),
  communes: ZCodeList.optional(),
  district: z.string().trim().min(1).optional(),
  placeholder: z.boolean().default(false),
  "registration-codes": z.string().trim().min(1).optional(),
});

// Why a field was refused, in words for the operator (zod's own messages are for developers).
const FIELD_PROBLEMS: Record<string, string> = {
  out: "thiếu --out <thư mục>",
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
  const window: SurveyWindow = setting.window ?? DEFAULT_SURVEY_WINDOW;
  const selection = toSelection(args);
  if ("message" in selection) return { type: "error", message: selection.message };
  const selected = selectCommunes(selection);
  if (!selected.ok) return { type: "error", message: selected.message };
  const miniAppId = args["app-id"] ?? env.ZALO_MINI_APP_ID ?? null;
  if (miniAppId === null && !args.placeholder) return missingAppId();
  return {
    type: "run",
    options: {
      outDir: args.out,
      miniAppId,
      communes: selected.communes,
      window,
      registrationCodesFile: args["registration-codes"] ?? null,
    },
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
