import { parseCliArgs } from "./cli-args";

const TODAY = "2024-06-13";
const parse = (...argv: string[]) => parseCliArgs(argv, TODAY);

describe("the jobs CLI's arguments", () => {
  it("reads the job, the date (today when left out) and --force, in any order", () => {
    expect(parse("daily-summary", "--date", "2024-06-12")).toEqual({
      ok: true,
      command: "job",
      args: { job: "daily-summary", date: "2024-06-12", force: false },
    });
    expect(parse("morning-reminder")).toEqual({
      ok: true,
      command: "job",
      args: { job: "morning-reminder", date: TODAY, force: false },
    });
    expect(parse("--force", "--date=2024-06-14", "final-summary")).toEqual({
      ok: true,
      command: "job",
      args: { job: "final-summary", date: "2024-06-14", force: true },
    });
  });

  it("reads purge-respondent-keys, which takes nothing more", () => {
    expect(parse("purge-respondent-keys")).toEqual({ ok: true, command: "purge-respondent-keys" });
    expect(parse("purge-respondent-keys", "--force")).toEqual({ ok: false, problem: 'Thừa "--force".' });
  });

  it("reads the campaign of a job and of the purge (none: the default campaign)", () => {
    expect(parse("daily-summary", "--campaign", "thu-nghiem-2024-06")).toEqual({
      ok: true,
      command: "job",
      args: { job: "daily-summary", date: TODAY, force: false, campaign: "thu-nghiem-2024-06" },
    });
    expect(parse("purge-respondent-keys", "--campaign=thu-nghiem-2024-06")).toEqual({
      ok: true,
      command: "purge-respondent-keys",
      campaign: "thu-nghiem-2024-06",
    });
    expect(parse("purge-respondent-keys", "--campaign")).toEqual({
      ok: false,
      problem: "Thiếu mã đợt khảo sát sau --campaign.",
    });
  });

  it("says what is wrong: an unknown job, a bad or missing date, an unknown option, extra words", () => {
    expect(parse("weekly", "--date", "2024-06-12")).toEqual({
      ok: false,
      problem: 'Không có việc "weekly".',
    });
    expect(parse("daily-summary", "--date", "12/06/2024")).toEqual({
      ok: false,
      problem: 'Ngày "12/06/2024" không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2024-06-12.',
    });
    expect(parse("daily-summary", "--date", "2024-02-30")).toMatchObject({ ok: false });
    expect(parse("daily-summary", "--date")).toEqual({
      ok: false,
      problem: "Thiếu ngày sau --date (dạng YYYY-MM-DD).",
    });
    expect(parse("daily-summary", "--date", "--force")).toMatchObject({ ok: false });
    expect(parse("daily-summary", "--dry-run")).toEqual({
      ok: false,
      problem: 'Không có tùy chọn "--dry-run".',
    });
    expect(parse("daily-summary", "today")).toEqual({ ok: false, problem: 'Thừa "today".' });
    expect(parse("--force")).toEqual({ ok: false, problem: "Thiếu tên việc." });
  });

  it("answers no arguments or --help with the usage alone", () => {
    expect(parse()).toEqual({ ok: false, problem: null });
    expect(parse("--help")).toEqual({ ok: false, problem: null });
  });
});
