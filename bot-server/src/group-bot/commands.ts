import { DISTRICTS, foldVietnamese, normalizeText, type SurveyWindow } from "@pks02/shared";

/** What a member's message asks for; the parse is pure, the handlers act on it. */
export type GroupCommand =
  | { type: "help" }
  | { type: "progress" }
  | { type: "register-commune"; code: string }
  | { type: "register-district"; code: string }
  | { type: "search-commune"; query: string }
  | { type: "report-visits"; visits: number; communeCode?: string; date?: string }
  | { type: "usage"; command: "register" | "visits" }
  | { type: "bad-count"; text: string }
  | { type: "bad-date"; text: string }
  | { type: "unknown-commune"; code: string }
  | { type: "unknown-district"; code: string }
  | { type: "unknown-command"; word: string }
  | { type: "not-a-command" };

// Command words as folded text (no diacritics, lower case); "đăng ký" may be typed as one word or two.
const COMMANDS: ReadonlyArray<{ name: "register" | "visits" | "progress" | "help"; pattern: RegExp }> = [
  { name: "register", pattern: /^\/dang ?ky(?=$|[\s\d])/ },
  { name: "visits", pattern: /^\/luot ?den(?=$|[\s\d])/ },
  { name: "progress", pattern: /^\/tien ?do(?=$|\s)/ },
  { name: "help", pattern: /^\/(huong ?dan|help|start)(?=$|\s)/ },
];

const MAX_VISITS = 100_000;

/** A commune code; four digits get the leading 0 people drop (every Bắc Giang code starts with 07). */
function communeCodeOf(token: string): string | undefined {
  if (/^\d{5}$/.test(token)) return token;
  if (/^\d{4}$/.test(token)) return `0${token}`;
  return undefined;
}

function parseCount(token: string): GroupCommand | number {
  if (!/^\d{1,6}$/.test(token) || Number(token) > MAX_VISITS) return { type: "bad-count", text: token };
  return Number(token);
}

/** "12/06", "12/6", "12-06-2024" → YYYY-MM-DD (the window's year when omitted), or a bad-date command. */
export function parseDayMonth(token: string, window: SurveyWindow): GroupCommand | string {
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(token);
  if (!match) return { type: "bad-date", text: token };
  const [, day, month, year] = match;
  const iso = `${year ?? window.start.slice(0, 4)}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const asDate = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== iso)
    return { type: "bad-date", text: token };
  return iso;
}

function parseRegister(args: string[], original: string): GroupCommand {
  const [first, ...rest] = args;
  if (first === undefined) return { type: "usage", command: "register" };
  if (first === "huyen" || first === "h") {
    const query = rest.join(" ");
    if (query === "") return { type: "usage", command: "register" };
    if (/^\d+$/.test(query))
      return /^\d{3}$/.test(query) && DISTRICTS.some((d) => d.code === query)
        ? { type: "register-district", code: query }
        : { type: "unknown-district", code: query };
    const found = DISTRICTS.filter((d) => foldVietnamese(d.name).includes(query));
    return found.length === 1
      ? { type: "register-district", code: found[0]!.code }
      : { type: "unknown-district", code: query };
  }
  const codeToken =
    ["xa", "phuong"].includes(first) && rest.length === 1 ? rest[0]! : args.length === 1 ? first : "";
  if (/^\d+$/.test(codeToken)) {
    const code = communeCodeOf(codeToken);
    return code ? { type: "register-commune", code } : { type: "unknown-commune", code: codeToken };
  }
  return { type: "search-commune", query: original };
}

function parseVisits(args: string[], window: SurveyWindow): GroupCommand {
  if (args.length === 0 || args.length > 3) return { type: "usage", command: "visits" };
  // Two tokens are "<mã xã> <số>", unless the second is a date ("<số> <dd/mm>").
  const withCode = args.length === 3 || (args.length === 2 && !/[/.-]/.test(args[1]!));
  const [codeToken, countToken, dateToken] = withCode ? args : [undefined, args[0], args[1]];
  if (codeToken !== undefined && !/^\d+$/.test(codeToken)) return { type: "usage", command: "visits" };
  const visits = parseCount(countToken!);
  if (typeof visits !== "number") return visits;
  let communeCode: string | undefined;
  if (codeToken !== undefined) {
    communeCode = communeCodeOf(codeToken);
    if (!communeCode) return { type: "unknown-commune", code: codeToken };
  }
  let date: string | undefined;
  if (dateToken !== undefined) {
    const parsed = parseDayMonth(dateToken, window);
    if (typeof parsed !== "string") return parsed;
    date = parsed;
  }
  return { type: "report-visits", visits, communeCode, date };
}

/** Read a group message as a command, with or without diacritics, in any case. Plain chat is not-a-command. */
export function parseCommand(text: string, window: SurveyWindow): GroupCommand {
  const original = normalizeText(text).replace(/\s+/g, " ");
  if (!original.startsWith("/")) return { type: "not-a-command" };
  const folded = foldVietnamese(original);
  const command = COMMANDS.find((c) => c.pattern.test(folded));
  if (!command) return { type: "unknown-command", word: original.slice(1).split(" ")[0] ?? "" };
  const head = command.pattern.exec(folded)![0];
  const args = folded
    .slice(head.length)
    .trim()
    .split(" ")
    .filter((a) => a !== "");
  // Folding keeps the spaces, so the original's words after the command word are the same words, accented.
  const originalArgs = original.split(" ").slice(head.split(" ").length).join(" ");
  switch (command.name) {
    case "register":
      return parseRegister(args, originalArgs);
    case "visits":
      return parseVisits(args, window);
    case "progress":
      return { type: "progress" };
    case "help":
      return { type: "help" };
    default: {
      const unreachable: never = command.name;
      return unreachable;
    }
  }
}
