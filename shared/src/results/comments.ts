const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Digits with the separators people type in phone numbers: 0912 345 678, 091.234.5678, +84 912-345-678.
const DIGIT_RUN = /\+?\(?\d[\d\s.()-]{7,}\d\)?/g;
/** What replaces a removed phone number or e-mail address. */
export const REDACTED = "[đã ẩn]";

// A Vietnamese phone number has 10–11 digits with its leading 0 (9–10 after +84); sums of money and years do not
// start with 0 or 84 and have fewer digits.
function isPhoneNumber(run: string): boolean {
  const digits = run.replace(/\D/g, "");
  return /^(0\d{8,10}|84\d{8,10})$/.test(digits);
}

/**
 * A comment as written, without phone numbers or e-mail addresses (residents are asked not to write them,
 * and some do).
 */
export function stripContacts(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(DIGIT_RUN, (run) => {
    const trailing = /\s+$/.exec(run)?.[0] ?? "";
    return isPhoneNumber(run) ? REDACTED + trailing : run;
  });
}
