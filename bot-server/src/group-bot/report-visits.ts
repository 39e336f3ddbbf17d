import {
  DISTRICT_MEMBER_NEEDS_COMMUNE,
  NOT_REGISTERED,
  dateOutsideWindowText,
  findCommune,
  futureDateText,
  isSurveyDay,
  localDateOf,
  notInDistrictText,
  notYourCommuneText,
  unknownCommuneText,
  visitsRecordedText,
  type Commune,
} from "@pks02/shared";
import type { AppContext } from "../context";
import { AppError } from "../http/errors";
import { computeProgress } from "../progress/compute-progress";
import { recordVisits } from "../visits/record-visits";
import type { GroupCommand } from "./commands";
import { findMember, type Member } from "./members";

type VisitsCommand = Extract<GroupCommand, { type: "report-visits" }>;

/** Which commune a member reports for: their own, or (district members) one of their district's. */
export function communeFor(member: Member, communeCode: string | undefined): Commune | string {
  if (communeCode === undefined)
    return member.role === "commune" ? member.commune : DISTRICT_MEMBER_NEEDS_COMMUNE;
  const commune = findCommune(communeCode);
  if (!commune) return unknownCommuneText(communeCode);
  if (member.role === "commune" && commune.code !== member.commune.code)
    return notYourCommuneText(member.commune, commune);
  if (member.role === "district" && commune.districtCode !== member.district.code)
    return notInDistrictText(member.district, commune);
  return commune;
}

/** The survey day a command is about (typed, or today), or why it cannot be: outside the window, or ahead. */
export function commandDay(ctx: AppContext, typed: string | undefined): { day: string; refusal?: string } {
  const window = ctx.config.surveyWindow;
  const today = localDateOf(ctx.now());
  const day = typed ?? today;
  if (!isSurveyDay(window, day)) return { day, refusal: dateOutsideWindowText(typed ?? null, window) };
  return day > today ? { day, refusal: futureDateText(day) } : { day };
}

/** /luotden: the same use case as the staff API, then the commune's quota status for that day. */
export async function reportVisits(
  ctx: AppContext,
  memberKey: string,
  command: VisitsCommand,
): Promise<string[]> {
  const member = await findMember(ctx.db, memberKey);
  if (!member) return [NOT_REGISTERED];
  const commune = communeFor(member, command.communeCode);
  if (typeof commune === "string") return [commune];
  const { day: date, refusal } = commandDay(ctx, command.date);
  if (refusal) return [refusal];
  try {
    const recorded = await recordVisits(ctx, {
      communeCode: commune.code,
      date,
      visits: command.visits,
      source: "zalo-group",
      reportedBy: `zalo:${member.key}`,
    });
    const progress = await computeProgress(ctx, { dates: [date], districtCode: commune.districtCode });
    const figures = progress.communes.find((c) => c.code === commune.code);
    if (!figures) throw new Error(`commune ${commune.code} missing from its district's progress`);
    return [
      visitsRecordedText({
        commune,
        date,
        visits: recorded.visits,
        previousVisits: recorded.previousVisits,
        responses: figures.responses,
        quota: figures.quota,
      }),
    ];
  } catch (error) {
    if (error instanceof AppError) return [`❓ ${error.message}`];
    throw error;
  }
}
