import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** The font every chart is drawn and rasterised with: DejaVu covers every Vietnamese letter. */
export const CHART_FONT = "DejaVu Sans";

const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
);

const CHART_CONFIG = {
  font: CHART_FONT,
  background: "#ffffff",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 220 },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: "bottom" },
  title: { fontSize: 13, anchor: "start" },
} as const;

/** Draw a Vega-Lite chart as SVG (server side, no browser, no canvas). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: vegaSpec } = compile({
    ...spec,
    config: { ...CHART_CONFIG, ...spec.config },
  } as TopLevelSpec);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterise an SVG to PNG with resvg (a binary shipped in its npm package); `scale` 2 for print. */
export function svgToPng(svg: string, scale: number = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
  });
  return resvg.render().asPng();
}

/** A chart as PNG: renderSvg then svgToPng. */
export async function renderPng(spec: TopLevelSpec, scale: number = 2): Promise<Buffer> {
  return svgToPng(await renderSvg(spec), scale);
}
