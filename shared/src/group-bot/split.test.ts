import { GROUP_MESSAGE_LIMIT, formatCount, splitMessage } from "./split";

const linesOf = (parts: string[]) =>
  parts.flatMap((p) => p.split("\n").filter((l) => !/^\(phần \d+\/\d+\)$/.test(l)));

describe("splitting a long post to Zalo's length limit", () => {
  it("keeps a short post as one message with no part header", () => {
    expect(splitMessage(["Dòng 1", "Dòng 2"])).toEqual(["Dòng 1\nDòng 2"]);
  });

  it("breaks between lines, never inside one, and numbers the parts", () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `• Xã số ${i + 1}: cần thêm ${i % 17} phiếu (${i} phiếu / ${2 * i} lượt)`,
    );
    const parts = splitMessage(lines);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= GROUP_MESSAGE_LIMIT)).toBe(true);
    expect(parts[0]).toMatch(new RegExp(`^\\(phần 1/${parts.length}\\)\\n• Xã số 1:`));
    expect(linesOf(parts)).toEqual(lines);
  });

  it("fills each part as far as the limit allows", () => {
    const parts = splitMessage(["a".repeat(60), "b".repeat(60), "c".repeat(60)], 150);
    expect(parts).toEqual([
      `(phần 1/2)\n${"a".repeat(60)}\n${"b".repeat(60)}`,
      `(phần 2/2)\n${"c".repeat(60)}`,
    ]);
  });

  it("wraps a single line longer than a whole message at a space", () => {
    const words = Array.from({ length: 800 }, (_, i) => `Xã${i}`).join(", ");
    const parts = splitMessage([words]);
    expect(parts.every((p) => p.length <= GROUP_MESSAGE_LIMIT)).toBe(true);
    expect(linesOf(parts).join(" ")).toBe(words);
  });

  it("drops empty parts and writes numbers the Vietnamese way", () => {
    expect(splitMessage([])).toEqual([]);
    expect(formatCount(1234567)).toBe("1.234.567");
  });
});

describe("splitting a summary with sections", () => {
  it("never ends a part with a section's heading: the heading moves to the part its list starts in", () => {
    const lines = ["a".repeat(50), "", "🔻 Xã thiếu phiếu (2):", "• Xã Song Mai", "• Xã Tân Tiến"];
    expect(splitMessage(lines, 100)).toEqual([
      `(phần 1/2)\n${"a".repeat(50)}`,
      "(phần 2/2)\n🔻 Xã thiếu phiếu (2):\n• Xã Song Mai\n• Xã Tân Tiến",
    ]);
  });
});
