// U+0000 and a lone UTF-16 surrogate are valid in JSON text ("\u0000", "\ud800") but not in PostgreSQL
// text or jsonb: stored, they fail the query. The API refuses them at the edge; Zalo's events are cleaned.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

/** Whether PostgreSQL could store this text as it is. */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/** The text without U+0000, each lone surrogate replaced by U+FFFD (what a UTF-8 encoder does). */
export const storableText = (text: string): string =>
  text.replace(UNSTORABLE_ALL, (found) => (found === "\u0000" ? "" : "\ufffd"));

/** One value met while walking parsed JSON: its key in its parent, and the parent. */
export interface JsonVisit {
  value: unknown;
  key?: string;
  parent?: JsonVisit;
}

/** The dotted path of a visit ("answers.E4", "helpers.0.name"); an unstorable key shows as "?". */
export function pathOf(visit: JsonVisit): string {
  const keys: string[] = [];
  for (let at: JsonVisit | undefined = visit; at?.key !== undefined; at = at.parent)
    keys.unshift(isStorableText(at.key) ? at.key : "?");
  return keys.join(".");
}

/** Every value of parsed JSON, iteratively (a 32 KB body can nest 16,000 deep), parents before children. */
export function* walkJson(value: unknown): Generator<JsonVisit> {
  const pending: JsonVisit[] = [{ value }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    yield visit;
    const current = visit.value;
    if (typeof current === "object" && current !== null) {
      for (const [key, child] of Object.entries(current)) pending.push({ value: child, key, parent: visit });
    }
  }
}

/** Make every string and key of a parsed JSON value storable, in place (see storableText). */
export function makeTextStorable(value: unknown): void {
  for (const { value: current } of walkJson(value)) {
    if (typeof current !== "object" || current === null) continue;
    const container = current as Record<string, unknown>;
    for (const [key, child] of Object.entries(container)) {
      const cleanKey = storableText(key);
      if (cleanKey !== key) delete container[key];
      // defineProperty, not assignment: a key that cleans to "__proto__" must not set the prototype.
      Object.defineProperty(container, cleanKey, {
        value: typeof child === "string" ? storableText(child) : child,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
}
