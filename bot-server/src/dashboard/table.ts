import { html, type SafeHtml } from "./html";

/** Plain column headers. */
export const columnHeaders = (labels: readonly string[]): SafeHtml[] =>
  labels.map((label) => html`<th scope="col">${label}</th>`);

export interface ScrollTable {
  /** The id of the element that names the table (its caption, or a heading outside). */
  labelledBy: string;
  /** A caption inside the table, with the `labelledBy` id. */
  caption?: string;
  headers: readonly SafeHtml[];
  rows: readonly SafeHtml[];
  /** Marks the table as refreshed by the page's script (needs an id). */
  liveId?: string;
}

/**
 * A table inside a region that scrolls sideways on a narrow screen (and can be scrolled with the keyboard),
 * so a phone shows every column without widening the page.
 */
export function scrollTable(table: ScrollTable): SafeHtml {
  const live = table.liveId ? html` data-live id="${table.liveId}"` : "";
  const caption = table.caption
    ? html`<caption id="${table.labelledBy}">
        ${table.caption}
      </caption>`
    : "";
  return html`<div class="table-wrap" role="region" aria-labelledby="${table.labelledBy}" tabindex="0"${live}>
<table${table.caption ? "" : html` aria-labelledby="${table.labelledBy}"`}>${caption}
<thead><tr>${table.headers}</tr></thead><tbody>${table.rows}</tbody></table></div>`;
}
