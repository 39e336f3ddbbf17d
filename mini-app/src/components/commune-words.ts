const UNIT_KIND = /^(Xã|Phường|Thị trấn) /;

/** "Phường Thọ Xương" → "phường Thọ Xương", as the kind of unit is written inside a sentence. */
export function unitInSentence(communeName: string): string {
  return communeName.replace(UNIT_KIND, (kind) => kind.toLowerCase());
}

/** "Thị trấn Đồi Ngô" → "thị trấn": what the resident calls the place ("xã" when the name says nothing). */
export function unitKind(communeName: string): string {
  return UNIT_KIND.exec(communeName)?.[1]?.toLowerCase() ?? "xã";
}
