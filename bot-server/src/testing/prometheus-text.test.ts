import { parsePrometheusText, sampleValue } from "./prometheus-text";

describe("parsePrometheusText", () => {
  it("reads NaN and Inf in any case, as Prometheus does (prom-client writes Nan)", () => {
    const samples = parsePrometheusText(
      [
        "# TYPE lag gauge",
        'lag{q="mean"} Nan',
        "# TYPE seconds histogram",
        'seconds_bucket{le="+Inf"} 2',
        'seconds_bucket{le="1"} +Inf',
        "seconds_count 2",
      ].join("\n"),
    );
    expect(sampleValue(samples, "lag", { q: "mean" })).toBeNaN();
    expect(sampleValue(samples, "seconds_bucket", { le: "1" })).toBe(Infinity);
    expect(sampleValue(samples, "seconds_count")).toBe(2);
  });

  it("refuses a value that is not a number, and a sample before its TYPE", () => {
    expect(() => parsePrometheusText("# TYPE lag gauge\nlag many")).toThrow(/not a sample value/);
    expect(() => parsePrometheusText("lag 1")).toThrow(/before its TYPE/);
  });
});
