/**
 * Longest text the bot posts in one message. Zalo documents 2000 characters for a bot message
 * (Bot Platform sendMessage: "text 1-2000 chars", see shared/reference/zalo-group-api.md); the OA group
 * API publishes no figure, so the same conservative limit is used there.
 */
export const GROUP_MESSAGE_LIMIT = 2000;

// Room kept in every part for the "(phần 2/3)" header.
const PART_HEADER_ROOM = 20;

/** "1.234": numbers the Vietnamese way. */
export function formatCount(n: number): string {
  return n.toLocaleString("vi-VN");
}

function hardWrap(line: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf(" ", limit) > limit / 2 ? rest.lastIndexOf(" ", limit) : limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...pieces, rest];
}

const joinedLength = (lines: readonly string[]) =>
  lines.reduce((sum, line, i) => sum + line.length + (i > 0 ? 1 : 0), 0);

// A heading ("🔻 Xã thiếu phiếu (21):") or blank line ending a part belongs with what follows it.
const leadsIntoNext = (line: string) => line === "" || line.endsWith(":");

/**
 * Join lines into as few messages as fit `limit` characters, never breaking a line (a single line longer
 * than a whole message is wrapped at a space) and never leaving a heading at the end of a part. With more
 * than one part each starts with "(phần i/n)".
 */
export function splitMessage(lines: readonly string[], limit: number = GROUP_MESSAGE_LIMIT): string[] {
  const room = limit - PART_HEADER_ROOM;
  const parts: string[][] = [[]];
  for (const line of lines.flatMap((l) => hardWrap(l, room))) {
    const current = parts[parts.length - 1]!;
    if (current.length === 0 || joinedLength([...current, line]) <= room) {
      current.push(line);
      continue;
    }
    const next = [line];
    while (current.length > 1 && leadsIntoNext(current[current.length - 1]!)) {
      if (joinedLength([current[current.length - 1]!, ...next]) > room) break;
      next.unshift(current.pop()!);
    }
    parts.push(next);
  }
  const texts = parts.map((p) => p.join("\n").trim()).filter((t) => t !== "");
  if (texts.length <= 1) return texts;
  return texts.map((text, i) => `(phần ${i + 1}/${texts.length})\n${text}`);
}
