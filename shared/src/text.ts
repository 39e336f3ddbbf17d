/**
 * Lower-case, strip Vietnamese diacritics (đ → d) and collapse spaces, for matching what people type
 * with or without accents.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

// C0/C1 control characters except tab and newline, plus zero-width and bidi controls.
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// Half of a broken surrogate pair (a keyboard that split an emoji): no database or encoder can keep it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Normalise free text from a person: NFC, control characters and broken characters removed, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(CONTROL_CHARACTERS, "")
    .replace(LONE_SURROGATE, "")
    .replace(/\r\n?/g, "\n")
    .trim();
}

/** The text with its first letter in lower case ("Tỉnh Bắc Giang" → "tỉnh Bắc Giang"), for inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);

/** The text with its first letter in upper case, to head a line or a cell. */
export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
