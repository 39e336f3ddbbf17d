// The one chart module: figures → Vega-Lite → SVG → PNG. The PDFs, the dashboard and group images use it.
export { CHART_FONT, renderPng, renderSvg, svgToPng } from "./render";
export {
  countBarSpec,
  intervalBarSpec,
  turnoutBarSpec,
  TURNOUT_SERIES,
  type CountBarChart,
  type IntervalBar,
  type IntervalBarChart,
  type TurnoutChart,
  type TurnoutGroup,
} from "./specs";
