import {
  formatDateVi,
  isSurveyDay,
  localDateOf,
  progressOver,
  type Campaign,
  type ProgressData,
  type ProgressReport,
  type RosterMissingReport,
  type Scope,
} from "@pks02/shared";
import type { TurnoutGroup } from "../charts";
import type { AppContext } from "../context";
import { loadProgress } from "../progress/compute-progress";
import { unitsWithoutRoster } from "../roster/units-without-roster";

/** What a dashboard page shows of a scope's progress: the window so far, today, and the days behind them. */
export interface ProgressView {
  today: string;
  data: ProgressData;
  window: ProgressReport;
  /** Today's figures, when today is a survey day. */
  todays?: ProgressReport;
  photos: { window: number; today?: number };
}

const photosOn = (data: ProgressData, dates: readonly string[]) =>
  data.days.filter((d) => dates.includes(d.date)).reduce((sum, d) => sum + d.photos, 0);

/**
 * A scope's progress in the dashboard's campaign for a page, from the one progress query (today's figures
 * are a slice of the same).
 */
export async function progressView(ctx: AppContext, campaign: Campaign, scope: Scope): Promise<ProgressView> {
  const today = localDateOf(ctx.now());
  const data = await loadProgress(ctx, campaign, { scope });
  const isToday = isSurveyDay(campaign.window, today) && data.dates.includes(today);
  return {
    today,
    data,
    window: progressOver(data),
    todays: isToday ? progressOver(data, [today]) : undefined,
    photos: { window: photosOn(data, data.dates), today: isToday ? photosOn(data, [today]) : undefined },
  };
}

/** One turnout group per survey day so far: the scope's responses and reported visitors that day. */
export function dayGroups(data: ProgressData): TurnoutGroup[] {
  return data.dates.map((date) => {
    const days = data.days.filter((d) => d.date === date);
    return {
      label: formatDateVi(date),
      responses: days.reduce((sum, d) => sum + d.responses, 0),
      visits: days.reduce((sum, d) => sum + (d.visits ?? 0), 0),
    };
  });
}

/** Per commune and day: responses, the reported count (null: none) and photos — a lookup over the data. */
export function communeDayLookup(data: ProgressData) {
  const byKey = new Map(data.days.map((d) => [`${d.communeCode} ${d.date}`, d]));
  return (communeCode: string, date: string) => {
    const day = byKey.get(`${communeCode} ${date}`);
    return { responses: day?.responses ?? 0, visits: day?.visits ?? null, photos: day?.photos ?? 0 };
  };
}

/**
 * The units without a helpers' roster, of the province (null) or a district, until the survey has ended; the
 * roster is the default campaign's, so other campaigns' pages have none.
 */
export async function rosterMissingOf(
  ctx: AppContext,
  campaign: Campaign,
  districtCode: string | null,
): Promise<RosterMissingReport | undefined> {
  if (campaign !== ctx.config.campaigns.defaultCampaign) return undefined;
  if (localDateOf(ctx.now()) > campaign.window.end) return undefined;
  return unitsWithoutRoster(ctx, districtCode);
}
