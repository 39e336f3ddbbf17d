import { communesOfDistrict } from "../communes/registry";
import { isRosterReminderDay, rosterReminderDays, rosterReminderTexts } from "./reminder";
import type { RosterMissingReport } from "./schemas";

const WINDOW = { start: "2024-06-12", end: "2024-06-14" };

function report(units: string[], communeCount = 209): RosterMissingReport {
  const all = [...communesOfDistrict("213"), ...communesOfDistrict("215")];
  return {
    campaignId: "PKS02",
    dueDate: "2024-06-07",
    overdue: false,
    communeCount,
    units: units.map((code) => {
      const c = all.find((u) => u.code === code)!;
      return { code: c.code, name: c.name, districtCode: c.districtCode, districtName: c.districtName };
    }),
  };
}

describe("the roster reminder", () => {
  it("posts from three mornings before the due date to the eve of the survey", () => {
    expect(rosterReminderDays(WINDOW, "2024-06-07")).toEqual({ first: "2024-06-04", last: "2024-06-11" });
    expect(isRosterReminderDay(WINDOW, "2024-06-07", "2024-06-03")).toBe(false);
    expect(isRosterReminderDay(WINDOW, "2024-06-07", "2024-06-04")).toBe(true);
    expect(isRosterReminderDay(WINDOW, "2024-06-07", "2024-06-11")).toBe(true);
    expect(isRosterReminderDay(WINDOW, "2024-06-07", "2024-06-12")).toBe(false);
    // A due date after the survey starts still leaves the mornings before the survey.
    expect(rosterReminderDays(WINDOW, "2024-06-20")).toEqual({ first: "2024-06-08", last: "2024-06-11" });
  });

  it("names the units without a roster by district, and says when the due date has passed", () => {
    const [before] = rosterReminderTexts(report(["07222", "07243"]), "2024-06-06", "tỉnh Bắc Giang");
    expect(before).toContain("2/209 đơn vị của tỉnh Bắc Giang chưa có danh sách người hỗ trợ");
    expect(before).toContain("(hạn 07/06/2024)");
    expect(before).toContain("• Thành phố Bắc Giang (1): Xã Song Mai");
    expect(before).toContain("• Huyện Yên Thế (1): Xã Đồng Tiến");
    const [after] = rosterReminderTexts(report(["07222"]), "2024-06-10", "tỉnh Bắc Giang");
    expect(after).toContain("đã quá hạn 07/06/2024");
  });

  it("thanks everyone when every unit has a roster", () => {
    expect(rosterReminderTexts(report([], 16), "2024-06-10", "Thành phố Bắc Giang")).toEqual([
      "✅ Lịch hỗ trợ khảo sát (10/06/2024): cả 16 đơn vị của Thành phố Bắc Giang đã gửi danh sách người hỗ trợ và lịch trực. Cảm ơn!",
    ]);
  });
});
