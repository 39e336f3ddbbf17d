import { normalizeText, foldVietnamese } from "../text";
import { ZLocalDate } from "../window/window";
import type { Shift } from "./schemas";
import type { CellValue } from "./layout";

/** A cell as text, normalised like every name people type (NFC, no control characters, trimmed). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return normalizeText(String(value));
}

/** A code typed as a number loses its leading zero (7201 for 07201): put it back. */
export function cellCode(value: CellValue | undefined): string {
  if (typeof value === "number" && Number.isInteger(value) && value > 0)
    return String(value).padStart(value < 1000 ? 3 : 5, "0");
  return cellText(value);
}

// Days since 1899-12-30, how spreadsheets count dates; 1 Jan 2000 is 36526.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date written as a spreadsheet date, a serial number, "12/6/2024" or "2024-06-12"; null if not one. */
export function cellDate(value: CellValue | undefined): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === "number")
    return value >= 36526 && value < 73051
      ? new Date(EXCEL_EPOCH + Math.floor(value) * DAY_MS).toISOString().slice(0, 10)
      : null;
  return textDate(cellText(value));
}

/** "12/6/2024", "12/06/2024", "12-06-2024" or "2024-06-12" as YYYY-MM-DD; null otherwise. */
export function textDate(text: string): string | null {
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2]!.padStart(2, "0")}-${vietnamese[1]!.padStart(2, "0")}`
    : text;
  return ZLocalDate.safeParse(iso).success ? iso : null;
}

/** "Sáng", "chieu", "Cả ngày" (any case, with or without accents; empty = the whole day); null otherwise. */
export function cellShift(value: CellValue | undefined): Shift | null {
  const folded = foldVietnamese(cellText(value));
  if (folded === "sang") return "morning";
  if (folded === "chieu") return "afternoon";
  if (folded === "" || folded === "ca ngay") return "full";
  return null;
}

/** A phone number as digits ("0912 345 678", "+84 912.345.678" → "0912345678"); null if not one. */
export function cellPhone(value: CellValue | undefined): string | null {
  const digits = cellCode(value).replace(/[\s.()-]/g, "");
  const national = digits.startsWith("+84") ? `0${digits.slice(3)}` : digits;
  // A number typed into a cell loses its leading 0 (912345678).
  const withZero = /^[1-9]\d{8,9}$/.test(national) && typeof value === "number" ? `0${national}` : national;
  return /^0\d{9,10}$/.test(withZero) ? withZero : null;
}

/** Split a cell listing several items ("07201, 07222; 213") into its parts. */
export function cellList(value: CellValue | undefined): CellValue[] {
  if (typeof value === "number" || value instanceof Date) return [value];
  return cellText(value)
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
