import { parseCommand } from "./commands";

const window = { start: "2024-06-12", end: "2024-06-14" };
const parse = (text: string) => parseCommand(text, window);

describe("reading group messages as commands", () => {
  it("accepts /dangky with or without diacritics, in any case, as one word or two", () => {
    for (const text of [
      "/dangky 07222",
      "/đăngký 07222",
      "/Đăng ký 07222",
      "/DANGKY  07222",
      "/dang ky 07222",
      "/dangky xã 07222",
    ]) {
      expect(parse(text)).toEqual({ type: "register-commune", code: "07222" });
    }
  });

  it("gives back the leading 0 of a four-digit commune code", () => {
    expect(parse("/dangky 7222")).toEqual({ type: "register-commune", code: "07222" });
  });

  it("registers a district steering member by code or by name", () => {
    expect(parse("/dangky huyen 213")).toEqual({ type: "register-district", code: "213" });
    expect(parse("/Đăng ký huyện 215")).toEqual({ type: "register-district", code: "215" });
    expect(parse("/dangky huyen yên thế")).toEqual({ type: "register-district", code: "215" });
    expect(parse("/dangky huyen 999")).toEqual({ type: "unknown-district", code: "999" });
    expect(parse("/dangky huyen")).toEqual({ type: "usage", command: "register" });
  });

  it("turns a name after /dangky into a search, keeping its diacritics, and odd numbers into unknown codes", () => {
    expect(parse("/dangky Song Mai")).toEqual({ type: "search-commune", query: "Song Mai" });
    expect(parse("/đăng ký Dĩnh Trì")).toEqual({ type: "search-commune", query: "Dĩnh Trì" });
    expect(parse("/dangky 123456")).toEqual({ type: "unknown-commune", code: "123456" });
    expect(parse("/dangky")).toEqual({ type: "usage", command: "register" });
  });

  it("reads /luotden as today's count, a commune's count, or a commune's count on a day", () => {
    expect(parse("/luotden 25")).toEqual({ type: "report-visits", visits: 25 });
    expect(parse("/lượt đến 25")).toEqual({ type: "report-visits", visits: 25 });
    expect(parse("/luotden 07222 25")).toEqual({ type: "report-visits", visits: 25, communeCode: "07222" });
    expect(parse("/luotden 07222 25 13/06")).toEqual({
      type: "report-visits",
      visits: 25,
      communeCode: "07222",
      date: "2024-06-13",
    });
    expect(parse("/luotden 25 13/6")).toEqual({ type: "report-visits", visits: 25, date: "2024-06-13" });
    expect(parse("/luotden 0 14-06-2024")).toEqual({ type: "report-visits", visits: 0, date: "2024-06-14" });
  });

  it("refuses malformed counts and dates, saying which word was wrong", () => {
    expect(parse("/luotden abc")).toEqual({ type: "bad-count", text: "abc" });
    expect(parse("/luotden -5")).toEqual({ type: "bad-count", text: "-5" });
    expect(parse("/luotden 12.5")).toEqual({ type: "bad-count", text: "12.5" });
    expect(parse("/luotden 100001")).toEqual({ type: "bad-count", text: "100001" });
    expect(parse("/luotden 25 31/02")).toEqual({ type: "bad-date", text: "31/02" });
    expect(parse("/luotden 07222 25 hôm-qua")).toEqual({ type: "bad-date", text: "hom-qua" });
    expect(parse("/luotden 123 25")).toEqual({ type: "unknown-commune", code: "123" });
    expect(parse("/luotden hai mươi")).toEqual({ type: "usage", command: "visits" });
    expect(parse("/luotden")).toEqual({ type: "usage", command: "visits" });
    expect(parse("/luotden 1 2 3 4")).toEqual({ type: "usage", command: "visits" });
  });

  it("knows /tiendo and /huongdan, tells unknown commands apart, and leaves chat alone", () => {
    expect(parse("/Tiến độ")).toEqual({ type: "progress" });
    expect(parse("/hướng dẫn")).toEqual({ type: "help" });
    expect(parse("/baocao 42")).toEqual({ type: "unknown-command", word: "baocao" });
    expect(parse("/luotdenxyz 5")).toEqual({ type: "unknown-command", word: "luotdenxyz" });
    expect(parse("Chào cả nhóm, hôm nay đông người")).toEqual({ type: "not-a-command" });
  });
});
