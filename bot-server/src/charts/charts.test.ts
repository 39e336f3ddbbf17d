import { renderPng, renderSvg } from "./render";
import { intervalBarSpec, turnoutBarSpec } from "./specs";

const chart = intervalBarSpec({
  title: "Huyện Lục Ngạn — chỉ số hài lòng",
  axisTitle: "Tỷ lệ hài lòng",
  bars: [
    { label: "Xã Phượng Sơn", value: 0.82, low: 0.7, high: 0.9 },
    { label: "Thị trấn Chũ", value: 0.64, low: 0.5, high: 0.76, muted: true },
  ],
});

describe("the chart module", () => {
  it("draws bars and whiskers from the library as SVG with Vietnamese labels", async () => {
    const svg = await renderSvg(chart);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Xã Phượng Sơn");
    expect(svg).toContain("Huyện Lục Ngạn — chỉ số hài lòng");
    // Vega's own marks, not hand-placed shapes: a bar per commune, and a layer of interval rules.
    expect(svg.match(/aria-roledescription="bar"/g)?.length).toBe(2);
    expect(svg).toContain('class="mark-rule role-mark');
  });

  it("rasterises to a PNG without a browser", async () => {
    const png = await renderPng(chart, 1);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    const width = png.readUInt32BE(16);
    expect(width).toBeGreaterThan(420);
    expect(width).toBeLessThan(900);
  });
});

describe("the turnout chart", () => {
  it("draws a bar of responses and one of visitors for each group, with the legend in Vietnamese", async () => {
    const svg = await renderSvg(
      turnoutBarSpec({
        groups: [
          { label: "12/06/2024", responses: 40, visits: 70 },
          { label: "13/06/2024", responses: 0, visits: 0 },
        ],
      }),
    );
    expect(svg.match(/aria-roledescription="bar"/g)?.length).toBe(4);
    expect(svg).toContain("Phiếu trả lời");
    expect(svg).toContain("Lượt công dân đến");
    expect(svg).toContain("12/06/2024");
  });
});
