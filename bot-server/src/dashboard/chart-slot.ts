import { formatCount } from "@pks02/shared";
import { html, raw, type SafeHtml } from "./html";
import { columnHeaders, scrollTable } from "./table";

/** One bar group of a turnout chart: a label (a day, a district) and its figures. */
export interface TurnoutBar {
  label: string;
  responses: number;
  visits: number;
}

/**
 * A turnout chart with its figures as a table beside it, so a screen reader (or a reader who prefers
 * numbers) gets the same facts; `svg` is the chart module's drawing, absent until there is one.
 */
export function turnoutFigure(chart: {
  id: string;
  caption: string;
  /** What the bars are: "Ngày", "Đơn vị". */
  barsAre: string;
  bars: readonly TurnoutBar[];
  svg?: string;
}): SafeHtml {
  const { id, caption, bars, svg } = chart;
  const rows = bars.map(
    (b) =>
      html`<tr>
        <th scope="row">${b.label}</th>
        <td>${formatCount(b.responses)}</td>
        <td>${formatCount(b.visits)}</td>
      </tr>`,
  );
  return html`<figure class="chart" id="${id}" data-live aria-labelledby="${id}-tieu-de">
<figcaption id="${id}-tieu-de">${caption}</figcaption>
${svg ? html`<div class="chart-image">${raw(svg)}</div>` : ""}
<details${svg ? "" : html` open`}><summary>Số liệu của biểu đồ</summary>
${scrollTable({ labelledBy: `${id}-bang`, caption: `${caption}: số liệu`, headers: columnHeaders([chart.barsAre, "Phiếu", "Lượt đến"]), rows })}</details></figure>`;
}
