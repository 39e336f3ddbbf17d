import { communeDeepLink } from "./link";

describe("communeDeepLink", () => {
  it("builds the Mini App deep link with the commune code and the QR source", () => {
    expect(communeDeepLink("3423472366583461276", "07441")).toBe(
      "https://zalo.me/s/3423472366583461276/?commune=07441&utm_source=zalo-qr",
    );
  });

  it("keeps the leading zero of the commune code", () => {
    expect(communeDeepLink("1", "07201")).toContain("commune=07201&");
  });
});
