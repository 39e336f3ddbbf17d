import { DEFAULT_SURVEY_WINDOW, findCommune } from "@pks02/shared";
import { posterContent, SAMPLE_STAMP, surveyDaysLine } from "./poster-content";
import { FLAT_CAMPAIGN, PKS02_CAMPAIGN } from "./testing/factories";

const pks02 = { campaign: PKS02_CAMPAIGN, linkCampaignId: null };

const dinhTri = findCommune("07441")!;

describe("posterContent", () => {
  it("names the commune and its district and carries the commune's deep link", () => {
    const content = posterContent(dinhTri, DEFAULT_SURVEY_WINDOW, "42", pks02);
    expect(content).toMatchObject({
      communeName: "Xã Dĩnh Trì",
      districtLine: "Thành phố Bắc Giang, tỉnh Bắc Giang",
      codeLine: "Mã đơn vị: 07441",
      steps: ["Mở Zalo", "Quét mã", "Trả lời và gửi"],
      link: "https://zalo.me/s/42/?commune=07441&utm_source=zalo-qr",
      sampleStamp: null,
    });
    expect(content.anonymityNote).toContain("ẩn danh");
  });

  it("marks a poster without a Mini App id as a sample", () => {
    const content = posterContent(dinhTri, DEFAULT_SURVEY_WINDOW, null, pks02);
    expect(content.sampleStamp).toBe(SAMPLE_STAMP);
    expect(content.link).toContain("commune=07441");
  });

  it("speaks of another campaign's form and unit, without a district, and links to that campaign", () => {
    const unit = FLAT_CAMPAIGN.units.find("99002")!;
    const content = posterContent(unit, FLAT_CAMPAIGN.window, "42", {
      campaign: FLAT_CAMPAIGN,
      linkCampaignId: FLAT_CAMPAIGN.id,
    });
    expect(content).toMatchObject({
      surveyTitle: FLAT_CAMPAIGN.form.title,
      communeName: "Xã Mẫu Bình",
      districtLine: "",
      invitation: "Mời ông/bà dùng Zalo quét mã để cho ý kiến (khoảng 1 phút)",
      surveyDaysLine: "Thời gian khảo sát: từ ngày 14/06/2024 đến hết ngày 15/06/2024",
      link: "https://zalo.me/s/42/?campaign=thu-nghiem-2024-06&commune=99002&utm_source=zalo-qr",
    });
  });
});

describe("surveyDaysLine", () => {
  it("gives the first and last day of the window", () => {
    expect(surveyDaysLine(DEFAULT_SURVEY_WINDOW)).toBe(
      "Thời gian khảo sát: từ ngày 12/06/2024 đến hết ngày 14/06/2024",
    );
  });

  it("gives a one-day window as a single date", () => {
    expect(surveyDaysLine({ start: "2024-06-12", end: "2024-06-12" })).toBe("Ngày khảo sát: 12/06/2024");
  });
});
