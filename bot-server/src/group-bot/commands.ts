import { DISTRICTS, foldVietnamese, normalizeText, type SurveyWindow } from "@pks02/shared";
import {
  communeCodeOf,
  countOf,
  dayMonthOf,
  looksLikeDate,
  withoutUnitWords,
  type Token,
} from "./command-tokens";

/** What a member's message asks for; the parse is pure, the handlers act on it. */
export type GroupCommand =
  | { type: "help" }
  | { type: "progress" }
  | { type: "register-commune"; code: string; registrationCode?: string }
  | { type: "register-district"; code: string; registrationCode?: string }
  | { type: "members" }
  | { type: "remove-member"; tag: string }
  | { type: "search-commune"; query: string }
  | { type: "district-name"; query: string; codes: string[] }
  | { type: "report-visits"; visits: number; communeCode?: string; date?: string }
  | { type: "qcdc"; communeCode?: string; date?: string }
  | { type: "usage"; command: "register" | "visits" | "remove" | "qcdc" }
  | { type: "bad-count"; text: string }
  | { type: "bad-date"; text: string }
  | { type: "unknown-commune"; code: string }
  | { type: "unknown-district"; code: string }
  | { type: "unknown-command"; word: string }
  | { type: "missing-slash"; suggestion: string }
  | { type: "not-a-command" };

// Command words as folded text (no diacritics, lower case); "đăng ký" may be typed as one word or two.
type CommandName = "register" | "visits" | "progress" | "help" | "members" | "remove" | "qcdc";
const COMMANDS: ReadonlyArray<{ name: CommandName; pattern: RegExp }> = [
  { name: "register", pattern: /^\/dang ?ky(?=$|[\s\d])/ },
  { name: "members", pattern: /^\/thanh ?vien(?=$|\s)/ },
  { name: "remove", pattern: /^\/xoa(?=$|\s)/ },
  { name: "visits", pattern: /^\/luot ?den(?=$|[\s\d])/ },
  { name: "progress", pattern: /^\/tien ?do(?=$|\s)/ },
  { name: "qcdc", pattern: /^\/qcdc(?=$|\s)/ },
  { name: "help", pattern: /^\/(huong ?dan|help|start)(?=$|\s)/ },
];

// Words before a commune's code or name ("/dangky xã 07222", "/dangky tt Bố Hạ"), and before a district's name.
const COMMUNE_PREFIXES = ["thi tran", "xa", "phuong", "tt", "p", "x"];
const DISTRICT_PREFIXES = ["thanh pho", "thi xa", "huyen", "tp", "tx"];

/** The tokens after a leading prefix (folded words), or undefined when the tokens do not start with one. */
function afterPrefix(tokens: Token[], prefixes: readonly string[]): Token[] | undefined {
  for (const prefix of prefixes) {
    const words = prefix.split(" ");
    if (words.every((w, i) => tokens[i]?.folded === w)) return tokens.slice(words.length);
  }
  return undefined;
}

/** "huyen yen the" → "yen the": a district's folded name without its type, so "yen" does not match "huyện". */
const bareDistrictName = (name: string) => foldVietnamese(name).replace(/^(huyen|thi xa|thanh pho) /, "");

const joined = (tokens: Token[], key: keyof Token) => tokens.map((t) => t[key]).join(" ");

function parseDistrict(tokens: Token[]): GroupCommand {
  if (tokens.length === 0) return { type: "usage", command: "register" };
  const query = joined(tokens, "folded");
  if (/^\d+$/.test(query))
    return DISTRICTS.some((d) => d.code === query)
      ? { type: "register-district", code: query }
      : { type: "unknown-district", code: query };
  const name = joined(afterPrefix(tokens, DISTRICT_PREFIXES) ?? tokens, "folded");
  const found = name === "" ? [] : DISTRICTS.filter((d) => bareDistrictName(d.name).includes(name));
  return found.length === 1
    ? { type: "register-district", code: found[0]!.code }
    : { type: "district-name", query: joined(tokens, "original"), codes: found.map((d) => d.code) };
}

/**
 * "/dangky 07222 123456": a last token of six digits is the registration code (a commune code has five,
 * a district's three), kept on the registration the rest of the tokens name.
 */
function parseRegister(all: Token[]): GroupCommand {
  const last = all.at(-1);
  const registrationCode = all.length >= 2 && /^\d{6}$/.test(last!.folded) ? last!.folded : undefined;
  const command = parseUnit(registrationCode ? all.slice(0, -1) : all);
  return (command.type === "register-commune" || command.type === "register-district") && registrationCode
    ? { ...command, registrationCode }
    : command;
}

function parseUnit(tokens: Token[]): GroupCommand {
  const [first, ...rest] = tokens;
  if (first === undefined) return { type: "usage", command: "register" };
  if (first.folded === "huyen" || first.folded === "h") return parseDistrict(rest);
  const named = afterPrefix(tokens, COMMUNE_PREFIXES) ?? tokens;
  if (named.length === 0) return { type: "usage", command: "register" };
  if (named.length === 1 && /^\d+$/.test(named[0]!.folded)) {
    const code = communeCodeOf(named[0]!.folded);
    return code ? { type: "register-commune", code } : { type: "unknown-commune", code: named[0]!.folded };
  }
  return { type: "search-commune", query: joined(named, "original") };
}

function parseVisits(all: Token[], window: SurveyWindow): GroupCommand {
  const tokens = withoutUnitWords(all);
  if (tokens.length === 0 || tokens.length > 3) return { type: "usage", command: "visits" };
  // Two tokens are "<mã xã> <số>", unless the second is a date ("<số> <dd/mm>").
  const withCode = tokens.length === 3 || (tokens.length === 2 && !looksLikeDate(tokens[1]!.folded));
  const [codeToken, countToken, dateToken] = withCode ? tokens : [undefined, tokens[0]!, tokens[1]];
  if (codeToken !== undefined && !/^\d+$/.test(codeToken.folded)) return { type: "usage", command: "visits" };
  const visits = countOf(countToken!.folded);
  if (visits === undefined) return { type: "bad-count", text: countToken!.original };
  let communeCode: string | undefined;
  if (codeToken !== undefined) {
    communeCode = communeCodeOf(codeToken.folded);
    if (!communeCode) return { type: "unknown-commune", code: codeToken.original };
  }
  let date: string | undefined;
  if (dateToken !== undefined) {
    date = dayMonthOf(dateToken.folded, window);
    if (!date) return { type: "bad-date", text: dateToken.original };
  }
  return { type: "report-visits", visits, communeCode, date };
}

/** "/qcdc [mã xã] [dd/mm]", the code and the day in either order. */
function parseQcdc(tokens: Token[], window: SurveyWindow): GroupCommand {
  if (tokens.length > 2) return { type: "usage", command: "qcdc" };
  const command: { type: "qcdc"; communeCode?: string; date?: string } = { type: "qcdc" };
  for (const token of tokens) {
    if (looksLikeDate(token.folded) && command.date === undefined) {
      command.date = dayMonthOf(token.folded, window);
      if (!command.date) return { type: "bad-date", text: token.original };
    } else if (/^\d+$/.test(token.folded) && command.communeCode === undefined) {
      command.communeCode = communeCodeOf(token.folded);
      if (!command.communeCode) return { type: "unknown-commune", code: token.original };
    } else return { type: "usage", command: "qcdc" };
  }
  return command;
}

/** The words after the command word, as typed and folded (folding keeps one character per character). */
function tokensAfter(original: string, folded: string, head: string): Token[] {
  const foldedWords = folded.slice(head.length).trim().split(" ").filter(Boolean);
  const sameShape = original.length === folded.length;
  const originalWords = sameShape ? original.slice(head.length).trim().split(" ").filter(Boolean) : [];
  return foldedWords.map((word, i) => ({
    folded: word,
    original: sameShape && originalWords.length === foldedWords.length ? originalWords[i]! : word,
  }));
}

function parseSlashCommand(original: string, window: SurveyWindow): GroupCommand {
  const folded = foldVietnamese(original);
  const command = COMMANDS.find((c) => c.pattern.test(folded));
  if (!command) return { type: "unknown-command", word: original.slice(1).split(" ")[0] ?? "" };
  const tokens = tokensAfter(original, folded, command.pattern.exec(folded)![0]);
  switch (command.name) {
    case "register":
      return parseRegister(tokens);
    case "visits":
      return parseVisits(tokens, window);
    case "progress":
      return { type: "progress" };
    case "qcdc":
      return parseQcdc(tokens, window);
    case "help":
      return { type: "help" };
    case "members":
      return { type: "members" };
    case "remove":
      return tokens.length === 1 && /^[0-9a-f]{6}$/.test(tokens[0]!.folded)
        ? { type: "remove-member", tag: tokens[0]!.folded }
        : { type: "usage", command: "remove" };
    default: {
      const unreachable: never = command.name;
      return unreachable;
    }
  }
}

/** The command as it should have been typed, for a message that forgot the "/" (undefined: plain chat). */
function suggestionFor(command: GroupCommand): string | undefined {
  const day = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
  switch (command.type) {
    case "report-visits":
      return ["/luotden", command.communeCode, command.visits, command.date && day(command.date)]
        .filter((part) => part !== undefined)
        .join(" ");
    case "register-commune":
      return `/dangky ${command.code}`;
    case "register-district":
      return `/dangky huyen ${command.code}`;
    case "progress":
      return "/tiendo";
    case "help":
      return "/huongdan";
    default:
      return undefined;
  }
}

/** Read a group message as a command, with or without diacritics, in any case. Plain chat is not-a-command. */
export function parseCommand(text: string, window: SurveyWindow): GroupCommand {
  const original = normalizeText(text).replace(/\s+/g, " ");
  if (original.startsWith("/")) return parseSlashCommand(original, window);
  // "luotden 25" or "Đăng ký 07222" without the slash: point at the right command instead of staying silent.
  if (!/^((luot ?den|dang ?ky)(?=[\s\d])|(tien ?do|huong ?dan)$)/.test(foldVietnamese(original)))
    return { type: "not-a-command" };
  const suggestion = suggestionFor(parseSlashCommand(`/${original}`, window));
  return suggestion ? { type: "missing-slash", suggestion } : { type: "not-a-command" };
}
