import { communesOfDistrict } from "../communes/registry";
import { afternoonCheckTexts, morningReminderText, type PendingCommune } from "./day-posts";

const day = { date: "2024-06-13", dayNumber: 2, dayCount: 3 };

const pending = (code: string, missingVisits: boolean, missingPhoto: boolean): PendingCommune => {
  const commune = communesOfDistrict(code.startsWith("072") ? "213" : "220").find((c) => c.code === code)!;
  return { ...commune, missingVisits, missingPhoto };
};

describe("the posts of a survey day", () => {
  it("asks in the morning for a count before the afternoon check and the whole day's count at closing time", () => {
    const text = morningReminderText(
      day,
      { morning: "07:00", afternoon: "14:00", evening: "20:00" },
      "PKS 02",
    );
    expect(text.split("\n")[0]).toBe(
      "☀️ Chào buổi sáng! Hôm nay là ngày 13/06/2024 (ngày 2/3) khảo sát phiếu PKS 02.",
    );
    expect(text).toContain(
      "3. Báo số lượt công dân đến bằng /luotden <số>: báo số buổi sáng trước 14:00, " +
        "cuối giờ làm việc báo lại số cả ngày (số mới thay số cũ).",
    );
  });

  it("on the last day says that answers count until midnight and when the final results come", () => {
    const lastDay = { date: "2024-06-14", dayNumber: 3, dayCount: 3 };
    const lines = morningReminderText(
      lastDay,
      {
        morning: "07:00",
        afternoon: "14:00",
        evening: "20:00",
      },
      "PKS 02",
    ).split("\n");
    expect(lines[0]).toBe(
      "☀️ Chào buổi sáng! Hôm nay là ngày 14/06/2024 (ngày 3/3) khảo sát phiếu PKS 02, ngày cuối.",
    );
    expect(lines.at(-1)).toBe(
      "Phiếu trả lời đến hết hôm nay đều được tính; lúc 07:00 ngày mai bot gửi kết quả cả đợt.",
    );
    expect(
      morningReminderText(day, { morning: "07:00", afternoon: "14:00", evening: "20:00" }, "PKS 02"),
    ).not.toContain("ngày mai");
  });

  it("lists in the afternoon the communes with no count and those with no photo, by district, a whole district in a word", () => {
    const sonDong = communesOfDistrict("220").map((c) => ({
      ...c,
      missingVisits: false,
      missingPhoto: true,
    }));
    const texts = afternoonCheckTexts(
      day,
      [pending("07222", true, true), pending("07207", true, false), ...sonDong],
      209,
    );
    expect(texts).toEqual([
      [
        "⏰ Kiểm tra ngày 13/06/2024 (ngày 2/3): 19/209 xã còn thiếu báo cáo.",
        "",
        "❔ Chưa báo lượt công dân đến (2 xã):",
        "• Thành phố Bắc Giang (2): Xã Song Mai, Phường Ngô Quyền",
        "",
        "📷 Chưa gửi ảnh báo cáo (18 xã):",
        "• Thành phố Bắc Giang (1): Xã Song Mai",
        "• Huyện Sơn Động: cả 17 xã",
        "",
        "Báo lượt đến: /luotden <số>. Ảnh báo cáo: chụp bộ phận một cửa có mã QR rồi gửi vào nhóm (sau khi /dangky <mã xã>).",
      ].join("\n"),
    ]);
  });

  it("thanks everyone when nothing is missing", () => {
    expect(afternoonCheckTexts(day, [], 209)).toEqual([
      "✅ Kiểm tra ngày 13/06/2024 (ngày 2/3): cả 209 xã đã báo lượt công dân đến và gửi ảnh báo cáo. Cảm ơn!",
    ]);
  });
});
