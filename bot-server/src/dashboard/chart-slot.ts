import { formatCount } from "@pks02/shared";
import { countBarSpec, renderSvg, turnoutBarSpec, type CountBarChart, type TurnoutGroup } from "../charts";
import { html, raw, type SafeHtml } from "./html";
import { columnHeaders, scrollTable } from "./table";

/**
 * A turnout chart drawn by the chart module (the SVG the PDFs rasterise), with its figures as a table under
 * it, so a screen reader (or a reader who prefers numbers) gets the same facts: the drawing itself is hidden
 * from assistive technology.
 */
export async function turnoutFigure(chart: {
  id: string;
  caption: string;
  /** What the bars are: "Ngày", "Đơn vị". */
  barsAre: string;
  bars: readonly TurnoutGroup[];
}): Promise<SafeHtml> {
  const { id, caption, bars } = chart;
  const svg = await renderSvg(turnoutBarSpec({ groups: bars }));
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
    <div class="chart-image" aria-hidden="true">${raw(svg)}</div>
    <details>
      <summary>Số liệu của biểu đồ</summary>
      ${scrollTable({ labelledBy: `${id}-bang`, caption: `${caption}: số liệu`, headers: columnHeaders([chart.barsAre, "Phiếu", "Lượt đến"]), rows })}
    </details>
  </figure>`;
}

/** A count chart from the chart module, with its figures as a table under it (the drawing hidden from AT). */
export async function countFigure(chart: CountBarChart & { id: string; caption: string; barsAre: string }) {
  const { id, caption, bars } = chart;
  const svg = await renderSvg(countBarSpec(chart));
  const rows = bars.map(
    (b) =>
      html`<tr>
        <th scope="row">${b.label}</th>
        <td>${formatCount(b.count)}</td>
      </tr>`,
  );
  return html`<figure class="chart" id="${id}" data-live aria-labelledby="${id}-tieu-de">
    <figcaption id="${id}-tieu-de">${caption}</figcaption>
    <div class="chart-image" aria-hidden="true">${raw(svg)}</div>
    <details>
      <summary>Số liệu của biểu đồ</summary>
      ${scrollTable({ labelledBy: `${id}-bang`, caption: `${caption}: số liệu`, headers: columnHeaders([chart.barsAre, chart.counted]), rows })}
    </details>
  </figure>`;
}
