import { REDACTED, stripContacts } from "./comments";

describe("stripContacts", () => {
  it.each([
    ["Gọi tôi 0912 345 678 nhé", `Gọi tôi ${REDACTED} nhé`],
    ["sđt 091.234.5678.", `sđt ${REDACTED}.`],
    ["+84 912-345-678", REDACTED],
    ["(024) 3825 1234 là số UBND", `${REDACTED} là số UBND`],
    ["thư: nguyen.an@gmail.com, cảm ơn", `thư: ${REDACTED}, cảm ơn`],
  ])("removes the contact in %p", (text, expected) => {
    expect(stripContacts(text)).toBe(expected);
  });

  it("keeps numbers that are not phone numbers", () => {
    const text = "Chờ 3 ngày, năm 2024 nộp 150.000 đồng, thôn 12";
    expect(stripContacts(text)).toBe(text);
  });
});
