import {
  PLACEHOLDER_APP_ID,
  SAMPLE_STAMP,
  communeDeepLink,
  surveyDaysLine,
  unitPlaceLine,
  type Campaign,
  type Commune,
  type SurveyWindow,
} from "@pks02/shared";

export { SAMPLE_STAMP, surveyDaysLine };

/** The three steps a resident follows, in the order the poster shows them. */
const RESIDENT_STEPS = ["Mở Zalo", "Quét mã", "Trả lời và gửi"] as const;

/** Everything one commune's poster says, decided before any drawing. */
export interface PosterContent {
  communeCode: string;
  surveyTitle: string;
  communeName: string;
  districtLine: string;
  invitation: string;
  steps: readonly string[];
  anonymityNote: string;
  surveyDaysLine: string;
  codeLine: string;
  link: string;
  sampleStamp: string | null;
}

/** Which round a poster is for: its form and registry, and the campaign id its link carries (if any). */
export interface PosterRound {
  campaign: Pick<Campaign, "form" | "units">;
  linkCampaignId: string | null;
}

/** The words and link of one commune's poster. */
export function posterContent(
  commune: Commune,
  window: SurveyWindow,
  miniAppId: string | null,
  { campaign, linkCampaignId }: PosterRound,
): PosterContent {
  return {
    communeCode: commune.code,
    surveyTitle: campaign.form.title,
    communeName: commune.name,
    districtLine: unitPlaceLine(commune, campaign.units),
    invitation: `Mời ông/bà dùng Zalo quét mã để cho ý kiến (khoảng ${campaign.form.estimatedMinutes} phút)`,
    steps: RESIDENT_STEPS,
    anonymityNote: "Phiếu ẩn danh: không ghi họ tên, số điện thoại; thông tin được bảo mật.",
    surveyDaysLine: surveyDaysLine(window),
    codeLine: `Mã đơn vị: ${commune.code}`,
    link: communeDeepLink(miniAppId ?? PLACEHOLDER_APP_ID, commune.code, linkCampaignId ?? undefined),
    sampleStamp: miniAppId === null ? SAMPLE_STAMP : null,
  };
}
