import {
  DISTRICT_MEMBER_NEEDS_COMMUNE,
  NOT_REGISTERED,
  campaignForUnitOn,
  dateOutsideWindowText,
  findCatalogUnit,
  futureDateText,
  localDateOf,
  notInDistrictText,
  notYourCommuneText,
  progressOver,
  unknownCommuneText,
  visitsRecordedText,
  type Campaign,
  type Scope,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { loadProgress } from "../progress/compute-progress";
import { recordVisits } from "../visits/record-visits";
import type { GroupCommand } from "./commands";
import { findMember, type Member } from "./members";

type VisitsCommand = Extract<GroupCommand, { type: "report-visits" }>;

/** The communes a member reports for: their own, or (district members) their district's. */
export function scopeOfMember(member: Member): Scope {
  return member.role === "commune"
    ? { kind: "commune", communeCode: member.commune.code }
    : { kind: "district", districtCode: member.district.code };
}

/** What a member's command is about, as typed: for the words of a refusal. */
export interface Report {
  member: Member;
  /** The campaign of the unit (or district) on that day: see campaignForUnitOn. */
  campaign: Campaign;
  /** Undefined: a district member asking about their whole district. */
  communeCode: string | undefined;
  /** The date as typed; null for "today". */
  typedDate: string | null;
  date: string;
}

/**
 * What a member's command is about: the commune it names (a commune member's own by default), the day it
 * names (today by default, in Asia/Ho_Chi_Minh), with today for the "not in the future" check, and the
 * campaign whose unit that is on that day (the default campaign when none lists it: its checks refuse it).
 */
export function reportOf(
  ctx: AppContext,
  member: Member,
  command: { communeCode?: string; date?: string },
): { report: Report; today: string } {
  const today = localDateOf(ctx.now());
  const communeCode = command.communeCode ?? (member.role === "commune" ? member.commune.code : undefined);
  const date = command.date ?? today;
  const unit =
    communeCode !== undefined || member.district === null
      ? { communeCode: communeCode ?? "" }
      : { districtCode: member.district.code };
  const campaign =
    campaignForUnitOn(ctx.config.campaigns, unit, date) ?? ctx.config.campaigns.defaultCampaign;
  const report = { member, campaign, communeCode, typedDate: command.date ?? null, date };
  return { report, today };
}

/** The group's words for a refused report, naming the commune and date as the member typed them. */
export function refusalText(
  ctx: AppContext,
  error: AppError,
  { member, campaign, communeCode, typedDate, date }: Report,
) {
  const commune = communeCode === undefined ? undefined : findCatalogUnit(ctx.config.campaigns, communeCode);
  switch (error.code) {
    case "COMMUNE_NOT_FOUND":
      if (communeCode === undefined) break;
      return unknownCommuneText(communeCode);
    case "FORBIDDEN":
      if (!commune) break;
      return member.role === "commune"
        ? notYourCommuneText(member.commune, commune)
        : notInDistrictText(member.district, commune);
    case "DATE_OUTSIDE_WINDOW":
      return dateOutsideWindowText(typedDate, campaign.window);
    case "DATE_IN_FUTURE":
      return futureDateText(date);
  }
  return `❓ ${error.messageFor("staff")}`;
}

/** /luotden: the same use case as the staff API (its checks, its errors), then the commune's quota that day. */
export async function reportVisits(
  ctx: AppContext,
  memberKey: string,
  command: VisitsCommand,
): Promise<string[]> {
  const member = await findMember(ctx, memberKey);
  if (!member) return [NOT_REGISTERED];
  const { report, today } = reportOf(ctx, member, command);
  const { campaign, communeCode, date } = report;
  if (communeCode === undefined) return [DISTRICT_MEMBER_NEEDS_COMMUNE];
  try {
    const recorded = await recordVisits(ctx, {
      campaign,
      communeCode,
      date,
      scope: scopeOfMember(member),
      latestDay: today,
      visits: command.visits,
      source: "zalo-group",
      reportedBy: `zalo:${member.key}`,
    });
    const scope = { kind: "commune", communeCode } as const;
    const progress = await loadProgress(ctx, campaign, { dates: [date], scope });
    const [figures] = progressOver(progress).communes;
    const commune = campaign.units.find(communeCode);
    if (!figures || !commune) throw new Error(`commune ${communeCode} missing from its own progress`);
    const { visits, previousVisits } = recorded;
    const { responses, quota } = figures;
    return [visitsRecordedText({ commune, date, visits, previousVisits, responses, quota })];
  } catch (error) {
    if (error instanceof AppError) return [refusalText(ctx, error, report)];
    throw error;
  }
}
