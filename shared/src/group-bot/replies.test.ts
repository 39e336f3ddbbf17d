import { COMMUNES, DISTRICTS } from "../communes/registry";
import { evaluateQuota } from "../quota/quota";
import {
  communeSearchText,
  districtNameText,
  helpText,
  registeredCommuneText,
  registeredDistrictText,
  visitsRecordedText,
} from "./replies";

const songMai = COMMUNES.find((c) => c.code === "07222")!;
const city = DISTRICTS.find((d) => d.code === "213")!;

describe("the bot's replies to members", () => {
  it("confirms a visitor count with the day's responses, the quota status and the range that is in quota", () => {
    const facts = { commune: songMai, date: "2024-06-12", previousVisits: 20 };
    expect(
      visitsRecordedText({
        ...facts,
        visits: 25,
        responses: 3,
        quota: evaluateQuota({ visits: 25, responses: 3, days: 1 }),
      }),
    ).toBe(
      "✅ Xã Song Mai: đã ghi 25 lượt công dân đến ngày 12/06/2024 (thay cho 20). " +
        "Phiếu đã nhận trong ngày: 3, cần thêm 10 phiếu (mức phù hợp: 13–37 phiếu).",
    );
    expect(
      visitsRecordedText({
        ...facts,
        visits: 1000,
        responses: 45,
        quota: evaluateQuota({ visits: 1000, responses: 45, days: 1 }),
      }),
    ).toBe(
      "✅ Xã Song Mai: đã ghi 1.000 lượt công dân đến ngày 12/06/2024 (thay cho 20). " +
        "Phiếu đã nhận trong ngày: 45, đạt (mức phù hợp: 20–1.500 phiếu).",
    );
  });

  it("says what a registration replaced, and nothing when the member registers again for the same place", () => {
    expect(registeredCommuneText(songMai, "Ban Chỉ đạo Thành phố Bắc Giang")).toBe(
      "✅ Đã đăng ký: thành viên tổ công tác Xã Song Mai (Thành phố Bắc Giang), mã 07222 " +
        "(chuyển từ Ban Chỉ đạo Thành phố Bắc Giang). Báo lượt công dân đến bằng /luotden <số>; gửi ảnh báo cáo vào nhóm mỗi ngày.",
    );
    expect(registeredCommuneText(songMai, "Xã Song Mai")).not.toContain("chuyển từ");
    expect(registeredDistrictText(city, 16, "Xã Song Mai")).toBe(
      "✅ Đã đăng ký: thành viên Ban Chỉ đạo Thành phố Bắc Giang (16 xã, phường, thị trấn; chuyển từ Xã Song Mai). " +
        "Xem tiến độ bằng /tiendo.",
    );
  });

  it("tells someone who gave a district's name to /dangky how a steering member registers", () => {
    expect(communeSearchText("Việt Yên", [])).toBe(
      '❓ Không tìm thấy xã nào tên "Việt Yên". Thị xã Việt Yên là đơn vị cấp huyện: ' +
        "thành viên Ban Chỉ đạo gõ /dangky huyen 222.",
    );
  });

  it("lists the districts a name could mean, each with its command", () => {
    const yen = DISTRICTS.filter((d) => ["215", "216"].includes(d.code));
    expect(districtNameText("yên", yen)).toBe(
      'Có 2 huyện tên có "yên". Xin gõ mã huyện:\n• /dangky huyen 215: Huyện Yên Thế\n• /dangky huyen 216: Huyện Tân Yên',
    );
    expect(districtNameText("Hà Nội", [])).toMatch(
      /^❓ Không tìm thấy huyện nào tên "Hà Nội"\. Mã các huyện.*213 Thành phố Bắc Giang/,
    );
  });

  it("gives examples with a day of the survey window", () => {
    expect(helpText({ start: "2026-11-25", end: "2026-11-27" })).toContain(
      "(ví dụ: /luotden 07222 25 25/11)",
    );
  });
});
