import { ZLocalDate } from "@pks02/shared";
import { JOB_NAMES, type JobName } from "./schema";

export const CLI_USAGE =
  `Cách dùng: npm run jobs -- <việc> [--date YYYY-MM-DD] [--force]\n` +
  `  <việc>: ${JOB_NAMES.join(", ")}\n` +
  "  --date: ngày chạy (mặc định: hôm nay, giờ Việt Nam); --force: đăng lại dù đã chạy.\n" +
  "  --campaign <mã đợt>: việc của đợt khảo sát này (mặc định: đợt mặc định; xem GET /api/campaigns).\n" +
  "hoặc: npm run jobs -- purge-respondent-keys [--campaign <mã đợt>] (sau đợt khảo sát: xóa khóa chống trả lời trùng).";

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
export type CliArgsResult =
  | { ok: true; command: "job"; args: CliArgs }
  | { ok: true; command: "purge-respondent-keys"; campaign?: string }
  | { ok: false; problem: string | null };

interface ReadOptions {
  words: string[];
  date?: string;
  campaign?: string;
  force: boolean;
}

/** The words and options of argv, or what is wrong with them. */
function readOptions(argv: readonly string[]): ReadOptions | { problem: string } {
  const read: ReadOptions = { words: [], force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const date = optionValue(argv, i, "date");
    const campaign = optionValue(argv, i, "campaign");
    const option = date
      ? { name: "date" as const, found: date }
      : campaign && { name: "campaign" as const, found: campaign };
    if (option) {
      if (option.found.value === undefined) return { problem: MISSING_VALUE[option.name] };
      read[option.name] = option.found.value;
      i = option.found.next;
    } else if (arg === "--force") read.force = true;
    else if (arg.startsWith("-")) return { problem: `Không có tùy chọn "${arg}".` };
    else read.words.push(arg);
  }
  return read;
}

const campaignOption = (campaign: string | undefined) => (campaign ? { campaign } : {});

/**
 * Read `<job> [--date YYYY-MM-DD | --date=YYYY-MM-DD] [--force] [--campaign <id>]` (the date defaults to
 * `today`) or `purge-respondent-keys [--campaign <id>]`.
 */
export function parseCliArgs(argv: readonly string[], today: string): CliArgsResult {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h"))
    return { ok: false, problem: null };
  const read = readOptions(argv);
  if ("problem" in read) return { ok: false, problem: read.problem };
  const { words, date, campaign, force } = read;
  if (words.length !== 1)
    return {
      ok: false,
      problem: words.length === 0 ? "Thiếu tên việc." : `Thừa "${words.slice(1).join(" ")}".`,
    };
  if (words[0] === "purge-respondent-keys") {
    const extra = [date === undefined ? "" : `--date ${date}`, force ? "--force" : ""].filter((w) => w);
    if (extra.length > 0) return { ok: false, problem: `Thừa "${extra.join(" ")}".` };
    return { ok: true, command: "purge-respondent-keys", ...campaignOption(campaign) };
  }
  const job = JOB_NAMES.find((name) => name === words[0]);
  if (!job) return { ok: false, problem: `Không có việc "${words[0]}".` };
  if (date !== undefined && !ZLocalDate.safeParse(date).success)
    return { ok: false, problem: `Ngày "${date}" không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2024-06-12.` };
  return { ok: true, command: "job", args: { job, date: date ?? today, force, ...campaignOption(campaign) } };
}
