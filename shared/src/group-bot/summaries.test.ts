import { dailySummaryTexts, districtSummaryTexts, finalSummaryTexts } from "./summaries";
import { provinceFigures } from "./test-figures";
import { COMMUNES, communesOfDistrict } from "../communes/registry";

const day = { date: "2024-06-12", dayNumber: 1, dayCount: 3 };
const SON_DONG = communesOfDistrict("220").map((c) => c.code);

// 12/06: every commune 10 responses for 20 visits (ok), except a few in each other state; Huyện Sơn Động
// reported no visits and no photo at all; Xã Song Mai sent no photo either.
const progress = provinceFigures(["2024-06-12"], {
  "07222": [3, 20], // Xã Song Mai: too few, 7 missing
  "07699": [2, 20], // Xã Tân Tiến (Thành phố Bắc Giang, a code out of the district's order): too few, 8 missing
  "07204": [4, 2], // Phường Trần Nguyên Hãn: too many, 1 over
  "07243": [40, 20], // Xã Đồng Tiến (Huyện Yên Thế): too many, 10 over
  "07207": [2, null], // Phường Ngô Quyền: no visit count
  ...Object.fromEntries(SON_DONG.map((code) => [code, [5, null] as [number, null]])),
});
const withPhoto = new Set(
  COMMUNES.map((c) => c.code).filter((code) => code !== "07222" && !SON_DONG.includes(code)),
);

describe("the evening summary", () => {
  it("puts the province's figures first, then districts, flagged communes by district and communes with no photo", () => {
    const texts = dailySummaryTexts(day, progress, withPhoto);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.split("\n")).toEqual([
      "📊 TỔNG HỢP NGÀY 12/06/2024 (NGÀY 1/3)",
      "Toàn tỉnh: 2.006 phiếu; 3.802 lượt công dân đến (191/209 xã đã báo).",
      "✅ Đạt: 187/209 xã",
      "🔻 Thiếu phiếu: 2 xã",
      "🔺 Vượt phiếu: 2 xã",
      "❔ Chưa báo lượt công dân đến: 18 xã",
      "📷 Đã gửi ảnh báo cáo: 191/209 xã",
      "",
      "Theo huyện (phiếu | lượt đến | xã đạt):",
      "• Thành phố Bắc Giang: 131 phiếu | 282 lượt | 12/16 xã đạt",
      "• Huyện Yên Thế: 220 phiếu | 380 lượt | 18/19 xã đạt",
      "• Huyện Tân Yên: 220 phiếu | 440 lượt | 22/22 xã đạt",
      "• Huyện Lạng Giang: 210 phiếu | 420 lượt | 21/21 xã đạt",
      "• Huyện Lục Nam: 250 phiếu | 500 lượt | 25/25 xã đạt",
      "• Huyện Lục Ngạn: 290 phiếu | 580 lượt | 29/29 xã đạt",
      "• Huyện Sơn Động: 85 phiếu | 0 lượt | 0/17 xã đạt",
      "• Huyện Yên Dũng: 180 phiếu | 360 lượt | 18/18 xã đạt",
      "• Thị xã Việt Yên: 170 phiếu | 340 lượt | 17/17 xã đạt",
      "• Huyện Hiệp Hòa: 250 phiếu | 500 lượt | 25/25 xã đạt",
      "",
      "🔻 Xã thiếu phiếu (2):",
      "Thành phố Bắc Giang:",
      "• Xã Song Mai: 3 phiếu / 20 lượt → cần thêm 7 phiếu",
      "• Xã Tân Tiến: 2 phiếu / 20 lượt → cần thêm 8 phiếu",
      "",
      "🔺 Xã vượt phiếu (2):",
      "Thành phố Bắc Giang:",
      "• Phường Trần Nguyên Hãn: 4 phiếu / 2 lượt → vượt 1 phiếu",
      "Huyện Yên Thế:",
      "• Xã Đồng Tiến: 40 phiếu / 20 lượt → vượt 10 phiếu",
      "",
      "❔ Xã chưa báo lượt công dân đến (18):",
      "• Thành phố Bắc Giang (1): Phường Ngô Quyền (2 phiếu)",
      "• Huyện Sơn Động: cả 17 xã",
      "",
      "📷 Xã chưa gửi ảnh báo cáo (18):",
      "• Thành phố Bắc Giang (1): Xã Song Mai",
      "• Huyện Sơn Động: cả 17 xã",
    ]);
  });

  it("addresses a district's steering committee with its lagging communes, the most pressing first", () => {
    const city = progress.districts.find((d) => d.code === "213")!;
    const communes = progress.communes.filter((c) => c.districtCode === "213");
    expect(districtSummaryTexts(day, city, communes, withPhoto)).toEqual([
      [
        "📌 Kính gửi Ban Chỉ đạo Thành phố Bắc Giang: tổng hợp ngày 12/06/2024 (ngày 1/3).",
        "131 phiếu; 282 lượt công dân đến (15/16 xã đã báo).",
        "✅ Đạt: 12/16 xã",
        "🔻 Thiếu phiếu: 2 xã",
        "🔺 Vượt phiếu: 1 xã",
        "❔ Chưa báo lượt công dân đến: 1 xã",
        "📷 Đã gửi ảnh báo cáo: 15/16 xã",
        "",
        "Đề nghị đôn đốc:",
        "• Xã Song Mai: cần thêm 7 phiếu (3 phiếu / 20 lượt); chưa gửi ảnh báo cáo",
        "• Xã Tân Tiến: cần thêm 8 phiếu (2 phiếu / 20 lượt)",
        "• Phường Trần Nguyên Hãn: vượt 1 phiếu so với lượt đến (4 phiếu / 2 lượt)",
        "• Phường Ngô Quyền: chưa báo cáo lượt công dân đến (2 phiếu)",
      ].join("\n"),
    ]);
  });

  it("lists the communes whose forms that day are 'cần xem xét', with the reasons", () => {
    const city = progress.districts.find((d) => d.code === "213")!;
    const communes = progress.communes.filter((c) => c.districtCode === "213");
    const review = new Map([
      ["07222", ["12 phiếu trong 5 phút, gấp 36 lần nhịp trung bình của xã trong giờ làm việc"]],
    ]);
    const [text] = districtSummaryTexts(day, city, communes, withPhoto, review);
    expect(text!.split("\n").slice(-3)).toEqual([
      "",
      "Cần xem xét tính khách quan của phiếu (người dân có tự trả lời không):",
      "• Xã Song Mai: 12 phiếu trong 5 phút, gấp 36 lần nhịp trung bình của xã trong giờ làm việc",
    ]);
  });

  it("thanks a district whose communes are all in quota with a photo", () => {
    const lucNam = progress.districts.find((d) => d.code === "218")!;
    const communes = progress.communes.filter((c) => c.districtCode === "218");
    const [text] = districtSummaryTexts(day, lucNam, communes, withPhoto);
    expect(text!.split("\n").slice(-1)).toEqual(["Tất cả các xã đều đạt và đã gửi ảnh báo cáo. Cảm ơn!"]);
  });
});

describe("the final summary", () => {
  const window = { start: "2024-06-12", end: "2024-06-14" };
  const dates = ["2024-06-12", "2024-06-13", "2024-06-14"];

  it("names, day by day, the communes whose visitor count is still missing, and how to report it late", () => {
    const final = provinceFigures(dates, { "07207": [40, null], "07222": [35, null] }, [30, 60]);
    const missingDays = new Map([
      ["07207", ["2024-06-12", "2024-06-13"]],
      ["07222", ["2024-06-12"]],
    ]);
    const lines = finalSummaryTexts(window, final, missingDays, "PKS 02").join("\n").split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "🏁 KẾT QUẢ KHẢO SÁT PKS 02 (12/06/2024 – 14/06/2024)",
      "Toàn tỉnh: 6.285 phiếu; 12.420 lượt công dân đến (207/209 xã đã báo đủ 3 ngày).",
      "✅ Đạt: 207/209 xã",
      "🔻 Thiếu phiếu: 0 xã",
      "🔺 Vượt phiếu: 0 xã",
      "❔ Chưa báo đủ lượt công dân đến: 2 xã",
    ]);
    expect(lines.slice(lines.indexOf("Theo huyện (phiếu | lượt đến | xã đạt):") + 11)).toEqual([
      "",
      "❔ Xã chưa báo đủ lượt công dân đến (2), theo ngày còn thiếu:",
      "Ngày 12/06/2024 (2 xã):",
      "• Thành phố Bắc Giang (2): Phường Ngô Quyền, Xã Song Mai",
      "Ngày 13/06/2024 (1 xã):",
      "• Thành phố Bắc Giang (1): Phường Ngô Quyền",
      "Báo bổ sung: /luotden <mã xã> <số> <dd/mm>, ví dụ: /luotden 07207 25 12/06.",
      "",
      "Cảm ơn các tổ công tác và Ban Chỉ đạo các huyện đã phối hợp!",
    ]);
  });
});
