import { communeProgressText, districtProgressTexts } from "./progress";
import { communeFigures, provinceFigures } from "./test-figures";

const dates = ["2024-06-12", "2024-06-13"];

describe("/tiendo", () => {
  it("shows a commune today's figures against its quota first, then the window, then the days still missing a count", () => {
    const today = { date: "2024-06-13", commune: communeFigures("07222", 28, 45), hasPhoto: false };
    const soFar = { ...communeFigures("07222", 40, null, 2), visitsReported: 45, daysReported: 1 };
    const text = communeProgressText(soFar, dates, today, ["2024-06-12"]);
    expect(text.split("\n")).toEqual([
      "📈 Tiến độ Xã Song Mai:",
      "• Hôm nay 13/06/2024: 28 phiếu / 45 lượt → đạt (mức phù hợp: 20–67 phiếu)",
      "• Ảnh báo cáo hôm nay: chưa gửi (chụp bộ phận một cửa có mã QR, gửi vào nhóm)",
      "• Cả đợt (12/06/2024 – 13/06/2024): 40 phiếu / 45 lượt (đã báo lượt đến 1/2 ngày)",
      "• Chưa báo lượt công dân đến ngày 12/06/2024: báo bổ sung bằng /luotden <số> 12/06",
    ]);
  });

  it("on the first day shows only today, and says how to report a missing count", () => {
    const today = { date: "2024-06-12", commune: communeFigures("07222", 3, null), hasPhoto: true };
    const text = communeProgressText(communeFigures("07222", 3, null), ["2024-06-12"], today, ["2024-06-12"]);
    expect(text.split("\n")).toEqual([
      "📈 Tiến độ Xã Song Mai:",
      "• Hôm nay 12/06/2024: 3 phiếu; chưa báo lượt công dân đến (/luotden <số>)",
      "• Ảnh báo cáo hôm nay: đã gửi",
    ]);
  });

  it("shows a district its totals, today's reports and its flagged communes without repeating its name", () => {
    const progress = provinceFigures(dates, { "07222": [5, 40], "07207": [30, null] }, [20, 40]);
    const city = progress.districts.find((d) => d.code === "213")!;
    const communes = progress.communes.filter((c) => c.districtCode === "213");
    const texts = districtProgressTexts(
      city,
      communes,
      dates,
      { date: "2024-06-13", visitsReported: 15, photos: 12 },
      new Map([["07207", ["2024-06-13"]]]),
    );
    expect(texts).toEqual([
      [
        "📈 Tiến độ Thành phố Bắc Giang (12/06/2024 – 13/06/2024):",
        "315 phiếu; 600 lượt công dân đến (15/16 xã đã báo đủ 2 ngày).",
        "✅ Đạt: 14/16 xã",
        "🔻 Thiếu phiếu: 1 xã",
        "🔺 Vượt phiếu: 0 xã",
        "❔ Chưa báo đủ lượt công dân đến: 1 xã",
        "Hôm nay 13/06/2024: 15/16 xã đã báo lượt đến, 12/16 xã đã gửi ảnh báo cáo.",
        "",
        "🔻 Xã thiếu phiếu (1):",
        "• Xã Song Mai: 5 phiếu / 40 lượt → cần thêm 15 phiếu",
        "",
        "❔ Xã chưa báo đủ lượt công dân đến (1), theo ngày còn thiếu:",
        "• Ngày 13/06/2024 (1): Phường Ngô Quyền",
        "Báo bổ sung: /luotden <mã xã> <số> <dd/mm>, ví dụ: /luotden 07207 25 13/06.",
      ].join("\n"),
    ]);
  });
});
