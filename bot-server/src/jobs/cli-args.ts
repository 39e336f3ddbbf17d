import { ZLocalDate } from "@pks02/shared";
import { JOB_NAMES, type JobName } from "./schema";

export const CLI_USAGE =
  `Cách dùng: npm run jobs -- <việc> [--date YYYY-MM-DD] [--force]\n` +
  `  <việc>: ${JOB_NAMES.join(", ")}\n` +
  "  --date: ngày chạy (mặc định: hôm nay, giờ Việt Nam); --force: đăng lại dù đã chạy.\n" +
  "hoặc: npm run jobs -- purge-respondent-keys (sau đợt khảo sát: xóa khóa chống trả lời trùng).";

export interface CliArgs {
  job: JobName;
  date: string;
  force: boolean;
}

/** The parsed arguments, or what is wrong with them (a line for the operator; the usage follows it). */
export type CliArgsResult =
  | { ok: true; command: "job"; args: CliArgs }
  | { ok: true; command: "purge-respondent-keys" }
  | { ok: false; problem: string | null };

/** Read `<job> [--date YYYY-MM-DD | --date=YYYY-MM-DD] [--force]`; the date defaults to `today`. */
export function parseCliArgs(argv: readonly string[], today: string): CliArgsResult {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h"))
    return { ok: false, problem: null };
  if (argv[0] === "purge-respondent-keys")
    return argv.length === 1
      ? { ok: true, command: "purge-respondent-keys" }
      : { ok: false, problem: `Thừa "${argv.slice(1).join(" ")}".` };
  const words: string[] = [];
  let date: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--force") force = true;
    else if (arg === "--date") {
      date = argv[++i];
      if (date === undefined || date.startsWith("--"))
        return { ok: false, problem: "Thiếu ngày sau --date (dạng YYYY-MM-DD)." };
    } else if (arg.startsWith("--date=")) date = arg.slice("--date=".length);
    else if (arg.startsWith("-")) return { ok: false, problem: `Không có tùy chọn "${arg}".` };
    else words.push(arg);
  }
  if (words.length !== 1)
    return {
      ok: false,
      problem: words.length === 0 ? "Thiếu tên việc." : `Thừa "${words.slice(1).join(" ")}".`,
    };
  const job = JOB_NAMES.find((name) => name === words[0]);
  if (!job) return { ok: false, problem: `Không có việc "${words[0]}".` };
  if (date !== undefined && !ZLocalDate.safeParse(date).success)
    return { ok: false, problem: `Ngày "${date}" không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2024-06-12.` };
  return { ok: true, command: "job", args: { job, date: date ?? today, force } };
}
