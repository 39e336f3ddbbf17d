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

  it("names the campaign first when given, so the code opens that round whatever the server's default", () => {
    expect(communeDeepLink("42", "99001", "thu-nghiem-2024-06")).toBe(
      "https://zalo.me/s/42/?campaign=thu-nghiem-2024-06&commune=99001&utm_source=zalo-qr",
    );
  });
});
