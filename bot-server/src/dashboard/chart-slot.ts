import { formatCount } from "@pks02/shared";
import { countBarSpec, renderSvg, turnoutBarSpec, type CountBarChart, type TurnoutGroup } from "../charts";
import { html, raw, type SafeHtml } from "./html";
import { columnHeaders, scrollTable } from "./table";

/** A chart's drawing (hidden from assistive technology) with its figures as a table under it. */
function chartFigure(chart: {
  id: string;
  caption: string;
  svg: string;
  headers: readonly string[];
  rows: readonly SafeHtml[];
}): SafeHtml {
  const { id, caption, svg, headers, rows } = chart;
  return html`<figure class="chart" id="${id}" data-live aria-labelledby="${id}-tieu-de">
    <figcaption id="${id}-tieu-de">${caption}</figcaption>
    <div class="chart-image" aria-hidden="true">${raw(svg)}</div>
    <details>
      <summary>Số liệu của biểu đồ</summary>
      ${scrollTable({ labelledBy: `${id}-bang`, caption: `${caption}: số liệu`, headers: columnHeaders(headers), rows })}
    </details>
  </figure>`;
}

/**
 * A turnout chart drawn by the chart module (the SVG the PDFs rasterise), with its figures as a table under
 * it, so a screen reader (or a reader who prefers numbers) gets the same facts.
 */
export async function turnoutFigure(chart: {
  id: string;
  caption: string;
  /** What the bars are: "Ngày", "Đơn vị". */
  barsAre: string;
  bars: readonly TurnoutGroup[];
}): Promise<SafeHtml> {
  const rows = chart.bars.map(
    (b) =>
      html`<tr>
        <th scope="row">${b.label}</th>
        <td>${formatCount(b.responses)}</td>
        <td>${formatCount(b.visits)}</td>
      </tr>`,
  );
  const svg = await renderSvg(turnoutBarSpec({ groups: chart.bars }));
  return chartFigure({ ...chart, svg, headers: [chart.barsAre, "Phiếu", "Lượt đến"], rows });
}

/** A count chart from the chart module, with its figures as a table under it. */
export async function countFigure(chart: CountBarChart & { id: string; caption: string; barsAre: string }) {
  const rows = chart.bars.map(
    (b) =>
      html`<tr>
        <th scope="row">${b.label}</th>
        <td>${formatCount(b.count)}</td>
      </tr>`,
  );
  const svg = await renderSvg(countBarSpec(chart));
  return chartFigure({
    id: chart.id,
    caption: chart.caption,
    svg,
    headers: [chart.barsAre, chart.counted],
    rows,
  });
}
