import { ZLocalDate } from "@pks02/shared";
import { JOB_NAMES, type JobName } from "./schema";

export const CLI_USAGE =
  `Cách dùng: npm run jobs -- <việc> [--date YYYY-MM-DD] [--force]\n` +
  `  <việc>: ${JOB_NAMES.join(", ")}\n` +
  "  --date: ngày chạy (mặc định: hôm nay, giờ Việt Nam); --force: đăng lại dù đã chạy.\n" +
  "  --campaign <mã đợt>: việc của đợt khảo sát này (mặc định: đợt mặc định; xem GET /api/campaigns).";

export interface CliArgs {
  job: JobName;
  date: string;
  force: boolean;
  /** The campaign's id; undefined: the default campaign. */
  campaign?: string;
}

/** The value of `--name value` or `--name=value` at argv[i], and the index after it; null when not that option. */
function optionValue(
  argv: readonly string[],
  i: number,
  name: string,
): { value?: string; next: number } | null {
  const arg = argv[i]!;
  if (arg.startsWith(`--${name}=`)) return { value: arg.slice(name.length + 3), next: i };
  if (arg !== `--${name}`) return null;
  const value = argv[i + 1];
  return { value: value === undefined || value.startsWith("--") ? undefined : value, next: i + 1 };
}

const MISSING_VALUE = {
  date: "Thiếu ngày sau --date (dạng YYYY-MM-DD).",
  campaign: "Thiếu mã đợt khảo sát sau --campaign.",
};

/** The parsed arguments, or what is wrong with them (a line for the operator; the usage follows it). */
export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; problem: string | null };

/** Read `<job> [--date YYYY-MM-DD | --date=YYYY-MM-DD] [--force]`; the date defaults to `today`. */
export function parseCliArgs(argv: readonly string[], today: string): CliArgsResult {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h"))
    return { ok: false, problem: null };
  const words: string[] = [];
  const values: { date?: string; campaign?: string } = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const date = optionValue(argv, i, "date");
    const campaign = optionValue(argv, i, "campaign");
    const option = date
      ? { name: "date" as const, found: date }
      : campaign && { name: "campaign" as const, found: campaign };
    if (option) {
      if (option.found.value === undefined) return { ok: false, problem: MISSING_VALUE[option.name] };
      values[option.name] = option.found.value;
      i = option.found.next;
    } else if (arg === "--force") force = true;
    else if (arg.startsWith("-")) return { ok: false, problem: `Không có tùy chọn "${arg}".` };
    else words.push(arg);
  }
  const { date, campaign } = values;
  if (words.length !== 1)
    return {
      ok: false,
      problem: words.length === 0 ? "Thiếu tên việc." : `Thừa "${words.slice(1).join(" ")}".`,
    };
  const job = JOB_NAMES.find((name) => name === words[0]);
  if (!job) return { ok: false, problem: `Không có việc "${words[0]}".` };
  if (date !== undefined && !ZLocalDate.safeParse(date).success)
    return { ok: false, problem: `Ngày "${date}" không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2024-06-12.` };
  return { ok: true, args: { job, date: date ?? today, force, ...(campaign ? { campaign } : {}) } };
}
