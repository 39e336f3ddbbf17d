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
    expect(parse("/luotden 07222 25 hôm-qua")).toEqual({ type: "bad-date", text: "hôm-qua" });
    expect(parse("/luotden mười")).toEqual({ type: "bad-count", text: "mười" });
    expect(parse("/luotden 123 25")).toEqual({ type: "unknown-commune", code: "123" });
    expect(parse("/luotden hai mươi")).toEqual({ type: "usage", command: "visits" });
    expect(parse("/luotden")).toEqual({ type: "usage", command: "visits" });
    expect(parse("/luotden 1 2 3 4")).toEqual({ type: "usage", command: "visits" });
  });

  it("reads a count written with its unit or with Vietnamese thousands", () => {
    expect(parse("/luotden 20 người")).toEqual({ type: "report-visits", visits: 20 });
    expect(parse("/luotden 20 lượt")).toEqual({ type: "report-visits", visits: 20 });
    expect(parse("/luotden 07222 20 người 13/06")).toEqual({
      type: "report-visits",
      visits: 20,
      communeCode: "07222",
      date: "2024-06-13",
    });
    expect(parse("/luotden 1.000")).toEqual({ type: "report-visits", visits: 1000 });
    expect(parse("/luotden 07222 1.200")).toEqual({
      type: "report-visits",
      visits: 1200,
      communeCode: "07222",
    });
    expect(parse("/luotden 250.000")).toEqual({ type: "bad-count", text: "250.000" });
    expect(parse("/luotden người")).toEqual({ type: "usage", command: "visits" });
  });

  it("takes the unit word or its abbreviation before a commune's code or name, and asks for a code when nothing follows", () => {
    expect(parse("/dangky thị trấn 07294")).toEqual({ type: "register-commune", code: "07294" });
    expect(parse("/dangky tt 07294")).toEqual({ type: "register-commune", code: "07294" });
    expect(parse("/dangky phường 07201")).toEqual({ type: "register-commune", code: "07201" });
    expect(parse("/dangky tt Bố Hạ")).toEqual({ type: "search-commune", query: "Bố Hạ" });
    expect(parse("/dangky Xã Xa Lý")).toEqual({ type: "search-commune", query: "Xa Lý" });
    expect(parse("/dangky xã")).toEqual({ type: "usage", command: "register" });
    expect(parse("/dangky thị trấn")).toEqual({ type: "usage", command: "register" });
  });

  it("finds a district by a part of its name, without matching the word huyện, and lists several matches", () => {
    expect(parse("/dangky huyen TP Bắc Giang")).toEqual({ type: "register-district", code: "213" });
    expect(parse("/dangky huyện thị xã Việt Yên")).toEqual({ type: "register-district", code: "222" });
    expect(parse("/dangky huyen yên")).toEqual({
      type: "district-name",
      query: "yên",
      codes: ["215", "216", "221", "222"],
    });
    expect(parse("/dangky huyen Hà Nội")).toEqual({ type: "district-name", query: "Hà Nội", codes: [] });
  });

  it("points at the right command when the slash is forgotten, and stays quiet on chat that only starts alike", () => {
    expect(parse("luotden 25")).toEqual({ type: "missing-slash", suggestion: "/luotden 25" });
    expect(parse("Lượt đến 07222 25 người 13/6")).toEqual({
      type: "missing-slash",
      suggestion: "/luotden 07222 25 13/06",
    });
    expect(parse("Đăng ký 07222")).toEqual({ type: "missing-slash", suggestion: "/dangky 07222" });
    expect(parse("đăng ký huyện 213")).toEqual({ type: "missing-slash", suggestion: "/dangky huyen 213" });
    expect(parse("Tiến độ")).toEqual({ type: "missing-slash", suggestion: "/tiendo" });
    expect(parse("Tiến độ hôm nay tốt quá")).toEqual({ type: "not-a-command" });
    expect(parse("lượt đến 20 người rồi anh ơi")).toEqual({ type: "not-a-command" });
    expect(parse("Đăng ký xã Song Mai nhé")).toEqual({ type: "not-a-command" });
  });

  it("knows /tiendo and /huongdan, tells unknown commands apart, and leaves chat alone", () => {
    expect(parse("/Tiến độ")).toEqual({ type: "progress" });
    expect(parse("/hướng dẫn")).toEqual({ type: "help" });
    expect(parse("/baocao 42")).toEqual({ type: "unknown-command", word: "baocao" });
    expect(parse("/luotdenxyz 5")).toEqual({ type: "unknown-command", word: "luotdenxyz" });
    expect(parse("/ help")).toEqual({ type: "unknown-command", word: "" });
    expect(parse("Chào cả nhóm, hôm nay đông người")).toEqual({ type: "not-a-command" });
  });
});
