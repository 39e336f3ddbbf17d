import {
  GROUP_MESSAGE_LIMIT,
  areaInLine,
  afternoonCheckTexts,
  campaignsOnDay,
  communesWithPhoto,
  dailySummaryTexts,
  districtSummaryTexts,
  finalSummaryTexts,
  formatDateVi,
  missingVisitDays,
  morningReminderText,
  progressOver,
  qcdcDistrictTexts,
  rosterReminderTexts,
  splitMessage,
  windowDays,
  type Campaign,
  type ProgressReport,
  type SurveyDayRef,
  type SurveyWindow,
} from "@pks02/shared";
import { renderPng, turnoutBarSpec } from "../charts";
import type { AppContext } from "../context";
import { PROVINCE_GROUP, type GroupScope } from "../outbox/transport";
import { loadProgress } from "../progress/compute-progress";
import { computeIntegrity } from "../integrity/compute-integrity";
import { qcdcRows } from "../qcdc/qcdc-report";
import { unitsWithoutRoster } from "../roster/units-without-roster";
import type { JobName } from "./schema";

/** A post of a job and the group it goes to: a text, or a chart image (PNG) with its caption. */
export type ScopedPost =
  | { scope: GroupScope; text: string; image?: undefined }
  | { scope: GroupScope; image: { data: Buffer; caption: string } };

/**
 * The turnout chart the group sees after a summary: responses beside reported visitors per district, drawn by
 * the chart module (the same drawing as the dashboard's and the PDFs') and rasterised to PNG.
 */
async function turnoutImage(progress: ProgressReport, caption: string): Promise<ScopedPost[]> {
  if (progress.districts.length === 0) return []; // a registry without districts: no chart by district
  const groups = progress.districts.map((d) => ({ label: d.name, responses: d.responses, visits: d.visits }));
  const data = await renderPng(turnoutBarSpec({ title: caption, groups, width: 360 }));
  return [{ scope: PROVINCE_GROUP, image: { data, caption } }];
}

function dayRef(window: SurveyWindow, date: string): SurveyDayRef {
  const days = windowDays(window);
  return { date, dayNumber: days.indexOf(date) + 1, dayCount: days.length };
}

/** A district's posts go to its own group when it has one (ZALO_GROUPS), else to the province group. */
const groupOf = (ctx: AppContext, districtCode: string): GroupScope =>
  ctx.config.districtGroups.has(districtCode) ? districtCode : PROVINCE_GROUP;

const inGroup = (scope: GroupScope, texts: string[]): ScopedPost[] => texts.map((text) => ({ scope, text }));

/** The province's list of what is missing; each district with its own group also gets its part. */
async function afternoonCheck(ctx: AppContext, campaign: Campaign, date: string): Promise<ScopedPost[]> {
  const day = dayRef(campaign.window, date);
  const data = await loadProgress(ctx, campaign, { dates: [date] });
  const progress = progressOver(data);
  const withPhoto = communesWithPhoto(data, date);
  const pending = progress.communes
    .map((c) => ({ ...c, missingVisits: c.visits === null, missingPhoto: !withPhoto.has(c.code) }))
    .filter((c) => c.missingVisits || c.missingPhoto);
  const perGroup = [...ctx.config.districtGroups.keys()].flatMap((code) => {
    const communes = progress.communes.filter((c) => c.districtCode === code);
    if (communes.length === 0) return []; // not a district of this campaign
    const own = pending.filter((c) => c.districtCode === code);
    return inGroup(code, afternoonCheckTexts(day, own, communes.length));
  });
  return [
    ...inGroup(PROVINCE_GROUP, afternoonCheckTexts(day, pending, progress.communes.length)),
    ...perGroup,
  ];
}

/** Each district's communes get their five QCDC fields of the day, ready to copy into the province's software. */
async function qcdcEvening(ctx: AppContext, campaign: Campaign, date: string): Promise<ScopedPost[]> {
  const rows = await qcdcRows(ctx, campaign, { days: [date], districtCode: null });
  return campaign.units.parents.flatMap((district) => {
    const own = rows.filter((row) => campaign.units.find(row.communeCode)?.districtCode === district.code);
    return inGroup(groupOf(ctx, district.code), qcdcDistrictTexts(district.name, date, own));
  });
}

/**
 * The province summary, then each district's (in its own group, if any) — which also lists the communes
 * whose forms that day are "cần xem xét" (integrity signals), with the reasons — then the QCDC figures.
 */
async function dailySummary(ctx: AppContext, campaign: Campaign, date: string): Promise<ScopedPost[]> {
  const day = dayRef(campaign.window, date);
  const data = await loadProgress(ctx, campaign, { dates: [date] });
  const progress = progressOver(data);
  const withPhoto = communesWithPhoto(data, date);
  const integrity = await computeIntegrity(ctx, campaign, { districtCode: null, date });
  const review = new Map(integrity.communes.filter((c) => c.review).map((c) => [c.code, c.reasons]));
  const perDistrict = progress.districts.flatMap((district) => {
    const communes = progress.communes.filter((c) => c.districtCode === district.code);
    const texts = districtSummaryTexts(day, district, communes, withPhoto, review);
    return inGroup(groupOf(ctx, district.code), texts);
  });
  const province = inGroup(PROVINCE_GROUP, dailySummaryTexts(day, progress, withPhoto));
  const chart = await turnoutImage(
    progress,
    `Phiếu và lượt công dân đến theo huyện, ngày ${formatDateVi(date)}`,
  );
  return [...province, ...chart, ...perDistrict, ...(await qcdcEvening(ctx, campaign, date))];
}

/**
 * Before the survey: the units without a helpers' roster (the default campaign's), to the province group and
 * each district's own.
 */
async function rosterReminder(ctx: AppContext, campaign: Campaign, date: string): Promise<ScopedPost[]> {
  const report = await unitsWithoutRoster(ctx, null);
  const perGroup = [...ctx.config.districtGroups.keys()].flatMap((code) => {
    const units = report.units.filter((u) => u.districtCode === code);
    const communeCount = campaign.units.unitsOfParent(code).length;
    const name = campaign.units.findParent(code)?.name ?? code;
    return inGroup(code, rosterReminderTexts({ ...report, units, communeCount }, date, name));
  });
  return [
    ...inGroup(
      PROVINCE_GROUP,
      rosterReminderTexts(report, date, areaInLine(campaign.units) ?? "đợt khảo sát"),
    ),
    ...perGroup,
  ];
}

/**
 * The posts a job makes for a campaign and date (the date is already checked against its window), each with
 * its group. When another campaign runs that day too, each post starts with the campaign's title, so the
 * group knows which.
 */
export async function composeJob(
  ctx: AppContext,
  campaign: Campaign,
  job: JobName,
  date: string,
): Promise<ScopedPost[]> {
  const posts = await jobPosts(ctx, campaign, job, date);
  if (campaignsOnDay(ctx.config.campaigns, date).length < 2) return posts;
  const header = `📋 ${campaign.title}`;
  const room = GROUP_MESSAGE_LIMIT - header.length - 1;
  return posts.flatMap((post): ScopedPost[] =>
    post.image
      ? [{ ...post, image: { ...post.image, caption: `${header}\n${post.image.caption}` } }]
      : splitMessage(post.text.split("\n"), room).map((part) => ({
          scope: post.scope,
          text: `${header}\n${part}`,
        })),
  );
}

async function jobPosts(
  ctx: AppContext,
  campaign: Campaign,
  job: JobName,
  date: string,
): Promise<ScopedPost[]> {
  const window = campaign.window;
  switch (job) {
    case "morning-reminder": {
      const text = morningReminderText(dayRef(window, date), ctx.config.schedule, campaign.shortTitle);
      return [PROVINCE_GROUP, ...ctx.config.districtGroups.keys()].map((scope) => ({ scope, text }));
    }
    case "afternoon-check":
      return afternoonCheck(ctx, campaign, date);
    case "daily-summary":
      return dailySummary(ctx, campaign, date);
    case "roster-reminder":
      return rosterReminder(ctx, campaign, date);
    case "final-summary": {
      const data = await loadProgress(ctx, campaign, { dates: windowDays(window) });
      const progress = progressOver(data);
      const caption = `Phiếu và lượt công dân đến theo huyện, cả đợt ${formatDateVi(window.start)} – ${formatDateVi(window.end)}`;
      return [
        ...inGroup(
          PROVINCE_GROUP,
          finalSummaryTexts(window, progress, missingVisitDays(data), campaign.shortTitle),
        ),
        ...(await turnoutImage(progress, caption)),
      ];
    }
    default: {
      const unreachable: never = job;
      return unreachable;
    }
  }
}
