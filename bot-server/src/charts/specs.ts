import type { TopLevelSpec } from "vega-lite";

/** One bar of a share with its interval (shares and bounds in [0, 1]). */
export interface IntervalBar {
  label: string;
  value: number;
  low: number;
  high: number;
  /** Bars of the same group share a colour (e.g. "Xã", "Huyện", "Tỉnh"); default one colour. */
  group?: string;
  /** Marked bars (e.g. "tham khảo", "chưa đủ mẫu") are drawn lighter. */
  muted?: boolean;
}

export interface IntervalBarChart {
  title: string;
  bars: IntervalBar[];
  /** The value axis' title, e.g. "Tỷ lệ hài lòng". */
  axisTitle: string;
  width?: number;
  /** Groups in legend order, when bars have groups. */
  groups?: string[];
}

const BAR_HEIGHT = 16;

/**
 * Horizontal bars of shares with their 95 % intervals as whiskers, in the order given (the caller sorts):
 * the shape of every result chart (communes of a district, criteria of a report card).
 */
export function intervalBarSpec(chart: IntervalBarChart): TopLevelSpec {
  const groups = chart.groups && chart.groups.length > 1 ? chart.groups : undefined;
  const scale = { domain: [0, 1] };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: chart.title,
    width: chart.width ?? 420,
    // Grouped bars share their row: the step is per bar of a group.
    height: chart.bars.length === 0 ? 40 : { step: groups ? 9 : BAR_HEIGHT + 4 },
    data: { values: chart.bars.map((b) => ({ ...b, muted: b.muted ?? false })) },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      ...(groups ? { yOffset: { field: "group", sort: groups } } : {}),
    },
    layer: [
      {
        mark: { type: "bar", height: groups ? { band: 0.9 } : BAR_HEIGHT },
        encoding: {
          x: { field: "value", type: "quantitative", title: chart.axisTitle, axis: { format: ".0%" }, scale },
          color: groups
            ? { field: "group", type: "nominal", title: null, scale: { domain: groups } }
            : { value: "#2f6db5" },
          opacity: { condition: { test: "datum.muted", value: 0.4 }, value: 1 },
        },
      },
      {
        mark: { type: "rule", color: "#222222" },
        encoding: { x: { field: "low", type: "quantitative", scale }, x2: { field: "high" } },
      },
    ],
  };
}

/** One group of a turnout chart: a day or a unit, with its responses and reported visitors. */
export interface TurnoutGroup {
  label: string;
  responses: number;
  visits: number;
}

export interface TurnoutChart {
  title?: string;
  groups: readonly TurnoutGroup[];
  width?: number;
}

/** The two series of a turnout chart, in legend order. */
export const TURNOUT_SERIES = ["Phiếu trả lời", "Lượt công dân đến"] as const;

/**
 * Turnout: for each group (a day, a district, a commune), a bar of responses beside a bar of reported
 * visitors, horizontal so long Vietnamese names stay readable on a phone.
 */
export function turnoutBarSpec(chart: TurnoutChart): TopLevelSpec {
  const values = chart.groups.flatMap((g) => [
    { label: g.label, series: TURNOUT_SERIES[0], count: g.responses },
    { label: g.label, series: TURNOUT_SERIES[1], count: g.visits },
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    ...(chart.title ? { title: chart.title } : {}),
    width: chart.width ?? 300,
    height: chart.groups.length === 0 ? 40 : { step: 11 },
    data: { values },
    mark: { type: "bar", height: { band: 0.9 } },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      yOffset: { field: "series", sort: [...TURNOUT_SERIES] },
      x: { field: "count", type: "quantitative", title: "Số lượng", axis: { format: "d", tickMinStep: 1 } },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        scale: { domain: [...TURNOUT_SERIES], range: ["#2f6db5", "#c77c11"] },
      },
    },
  };
}

/** A bar per label, one count each (e.g. how many communes trip each integrity signal). */
export interface CountBarChart {
  bars: readonly { label: string; count: number }[];
  /** What is counted, the axis title: "Số xã". */
  counted: string;
  width?: number;
}

/** Counts as horizontal bars, in the order given, so long Vietnamese labels stay readable on a phone. */
export function countBarSpec(chart: CountBarChart): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: chart.width ?? 300,
    height: chart.bars.length === 0 ? 40 : { step: 20 },
    data: { values: chart.bars.map((b) => ({ ...b })) },
    mark: { type: "bar", color: "#b3261e" },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      x: {
        field: "count",
        type: "quantitative",
        title: chart.counted,
        axis: { format: "d", tickMinStep: 1 },
      },
    },
  };
}
