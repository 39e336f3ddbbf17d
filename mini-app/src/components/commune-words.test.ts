import { unitInSentence, unitKind } from "./commune-words";

describe("words for the commune", () => {
  it("writes the kind of unit in lower case inside a sentence, and names it for titles", () => {
    expect(unitInSentence("Phường Thọ Xương")).toBe("phường Thọ Xương");
    expect(unitInSentence("Thị trấn Đồi Ngô")).toBe("thị trấn Đồi Ngô");
    expect(unitInSentence("Xã Song Mai")).toBe("xã Song Mai");
    expect(unitKind("Phường Thọ Xương")).toBe("phường");
    expect(unitKind("Thị trấn Đồi Ngô")).toBe("thị trấn");
    expect(unitKind("Song Mai")).toBe("xã");
  });
});
