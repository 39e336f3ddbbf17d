import type { ProgressTotals } from "@pks02/shared";
import { figuresSection } from "./figures";

const TOTALS: ProgressTotals = {
  communes: 16,
  responses: 120,
  unverifiedResponses: 0,
  visits: 300,
  communesOk: 10,
  communesTooFew: 3,
  communesTooMany: 1,
  communesMissingVisits: 2,
};
const UNVERIFIED = "Trong đó chưa xác minh Zalo (chỉ mã thiết bị)";

describe("the dashboard's headline figures", () => {
  it("say how many responses came with a device id only, when there are any", () => {
    const text = String(
      figuresSection("ca-dot", { heading: "Cả đợt", totals: { ...TOTALS, unverifiedResponses: 7 } }),
    );
    expect(text).toContain(UNVERIFIED);
    expect(text).toMatch(/7/);
  });

  it("leave the line out where every response was verified through Zalo", () => {
    const text = String(figuresSection("ca-dot", { heading: "Cả đợt", totals: TOTALS }));
    expect(text).toContain("Phiếu trả lời");
    expect(text).not.toContain(UNVERIFIED);
  });
});
